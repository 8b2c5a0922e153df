package ma.hadana.bot.channel.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutboxMetricsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
      "twilio 400/21211                            | 400/21211",
      "twilio 429/20429                            | 429/20429",
      "telegram 403: Forbidden: bot was blocked    | 403",
      "twilio connection: Connection refused       | connection",
      "telegram unreadable answer: EOF             | unreadable",
      "unexpected NullPointerException             | other",
      "NULL                                        | none"})
  void aFailureIsCountedByItsProviderCodeNeverItsDetails(String error, String code) {
    assertThat(OutboxMetrics.code(error)).isEqualTo(code);
  }
}
