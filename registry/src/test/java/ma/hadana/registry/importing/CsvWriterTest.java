package ma.hadana.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What CsvWriter writes, CsvReader reads back cell for cell. */
class CsvWriterTest {

  @Test
  void quotesOnlyWhereNeededAndReadsBackTheSameCells() throws Exception {
    List<String> cells = Arrays.asList("", "Hay, Dash", "dit \"bonjour\"", null, "a\nb", "plain",
        "حضانة");
    String line = CsvWriter.line(cells);

    assertThat(line).isEqualTo(",\"Hay, Dash\",\"dit \"\"bonjour\"\"\",,\"a\nb\",plain,حضانة\r\n");
    List<CsvRecord> back = CsvReader.readAll(new StringReader(line));
    assertThat(back).singleElement().extracting(CsvRecord::fields)
        .isEqualTo(Arrays.asList("", "Hay, Dash", "dit \"bonjour\"", "", "a\nb", "plain", "حضانة"));
  }
}
