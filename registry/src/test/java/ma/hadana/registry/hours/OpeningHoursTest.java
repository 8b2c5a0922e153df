package ma.hadana.registry.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpeningHoursTest {

  @Test
  void splitDaysAreOpenOnlyInTheirIntervals() {
    OpeningHours h = OpeningHours.parse("Mo-Fr 08:00-12:00,14:00-16:00; Sa 08:00-12:00");
    assertThat(h.isOpen(DayOfWeek.MONDAY, LocalTime.of(9, 0))).isTrue();
    assertThat(h.isOpen(DayOfWeek.MONDAY, LocalTime.of(13, 0))).isFalse();
    assertThat(h.isOpen(DayOfWeek.FRIDAY, LocalTime.of(15, 59))).isTrue();
    assertThat(h.isOpen(DayOfWeek.FRIDAY, LocalTime.of(16, 0))).isFalse();
    assertThat(h.isOpenOn(DayOfWeek.SATURDAY)).isTrue();
    assertThat(h.isOpenOn(DayOfWeek.SUNDAY)).isFalse();
  }

  @Test
  void laterRulesReplaceEarlierOnesForTheirDays() {
    OpeningHours h = OpeningHours.parse("Mo-Sa 08:00-18:00; We off");
    assertThat(h.isOpenOn(DayOfWeek.WEDNESDAY)).isFalse();
    assertThat(h.isOpenOn(DayOfWeek.THURSDAY)).isTrue();
    assertThat(OpeningHours.parse("24/7").isOpen(DayOfWeek.SUNDAY, LocalTime.of(3, 0))).isTrue();
    assertThat(OpeningHours.parse("Sa-Mo 09:00-10:00").isOpenOn(DayOfWeek.SUNDAY)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Mo-Fr 8h-12h", "Lu-Ve 08:00-12:00", "Mo-Fr 12:00-08:00", "", "Mo-Fr 08:00-25:00"})
  void malformedValuesAreRefusedWithAReason(String value) {
    assertThat(OpeningHours.problem(value)).isNotBlank();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Mo-Fr 07:30-18:30; Sa 08:00-13:00", "Mo-Sa 07:45-18:30", "Mo-Fr 08:00-17:00; PH off"})
  void valuesFromTheRegistryAreAccepted(String value) {
    assertThat(OpeningHours.problem(value)).isNull();
  }
}
