package ma.hadana.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvReaderTest {

  private static List<CsvRecord> read(String text) throws Exception {
    return CsvReader.readAll(new StringReader(text));
  }

  @Test
  void quotedFieldsKeepCommasDoubledQuotesAndLineBreaks() throws Exception {
    List<CsvRecord> records = read("id,notes\r\n"
        + "A,\"Jardin, \"\"atelier\"\" peinture\"\r\n"
        + "B,\"two\r\nlines\"\r\n"
        + "C,plain\r\n");
    assertThat(records).extracting(CsvRecord::fields).containsExactly(
        List.of("id", "notes"),
        List.of("A", "Jardin, \"atelier\" peinture"),
        List.of("B", "two\nlines"),
        List.of("C", "plain"));
  }

  @Test
  void eachRecordKeepsThePhysicalLineItStartsOn() throws Exception {
    List<CsvRecord> records = read("h1,h2\n\"a\nb\nc\",x\n\nlast,\"\"");
    assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 6);
    assertThat(records.get(2).fields()).containsExactly("last", "");
  }

  @Test
  void aByteOrderMarkIsDroppedAndLfEndingsAreAccepted() throws Exception {
    assertThat(read("\uFEFFid,name\nCR-1,Chams\n"))
        .extracting(CsvRecord::fields)
        .containsExactly(List.of("id", "name"), List.of("CR-1", "Chams"));
  }

  @Test
  void emptyFieldsAndAQuotedEmptyLineAreKept() throws Exception {
    assertThat(read(",,\r\n\"\"\r\n")).extracting(CsvRecord::fields)
        .containsExactly(List.of("", "", ""), List.of(""));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "quote inside an unquoted field | a,b\\nc,d\"e\\n | 2 | quote inside an unquoted field (quote the whole field and double the quote)",
    "text after a closing quote     | a,b\\n\"c\"d,e\\n | 2 | text after the closing quote of a field",
    "quote never closed             | a,b\\nc,d\\n\"e,f\\ng\\n | 3 | quoted field never closed",
    "bare carriage return           | a,b\\rc,d\\n | 1 | carriage return without a line feed",
  })
  void brokenQuotingIsASyntaxErrorAtItsLine(String kind, String text, int line, String reason) {
    assertThatThrownBy(() -> read(text.replace("\\n", "\n").replace("\\r", "\r")))
        .isInstanceOf(CsvSyntaxException.class)
        .hasMessage(reason)
        .asInstanceOf(InstanceOfAssertFactories.type(CsvSyntaxException.class))
        .extracting(CsvSyntaxException::line)
        .isEqualTo(line);
  }
}
