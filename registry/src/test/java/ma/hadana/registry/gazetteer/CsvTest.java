package ma.hadana.registry.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvTest {

  static Stream<Arguments> lines() {
    return Stream.of(
        Arguments.of("a,b,c", List.of("a", "b", "c")),
        Arguments.of("a,,c", List.of("a", "", "c")),
        Arguments.of("\"x, y\",z", List.of("x, y", "z")),
        Arguments.of("\"say \"\"hi\"\"\",z", List.of("say \"hi\"", "z")),
        Arguments.of("a,b\r", List.of("a", "b")));
  }

  @ParameterizedTest
  @MethodSource("lines")
  void splitsQuotedAndPlainFields(String line, List<String> fields) {
    assertThat(Csv.split(line)).containsExactlyElementsOf(fields);
  }
}
