package ma.hadana.bot.conversation.reply;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Distances in replies: metres by fifties under 1 km, one decimal under 10 km, whole km above. */
class DistanceFormatTest {

  private final Formats formats = new Formats(new ReplyCatalog());
  private final ReplyCatalog catalog = new ReplyCatalog();

  @ParameterizedTest
  @CsvSource({
      // metres, fr number, en number
      "1000, '1,0', 1.0",
      "1049, '1,0', 1.0",
      "1051, '1,1', 1.1",
      "2449, '2,4', 2.4",
      "2450, '2,5', 2.5",
      "9940, '9,9', 9.9",
      "9960, 10, 10",
      "12499, 12, 12",
      "12500, 13, 13",
      "250000, 250, 250"})
  void kilometres(double meters, String fr, String en) {
    assertThat(formats.distance(ReplyVariant.FR, meters))
        .isEqualTo(catalog.text(ReplyVariant.FR, "distance.km", "km", fr));
    assertThat(formats.distance(ReplyVariant.EN, meters))
        .isEqualTo(catalog.text(ReplyVariant.EN, "distance.km", "km", en));
    assertThat(formats.distance(ReplyVariant.AR, meters))
        .isEqualTo(catalog.text(ReplyVariant.AR, "distance.km", "km", en));
  }

  @ParameterizedTest
  @CsvSource({"0, 50", "20, 50", "74, 50", "75, 100", "949, 950", "974, 950", "999, 1000"})
  void metres(double meters, long shown) {
    assertThat(formats.distance(ReplyVariant.FR, meters))
        .isEqualTo(catalog.text(ReplyVariant.FR, "distance.m", "m", shown));
  }
}
