package ma.hadana.registry.needs;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One need of one listing as the survey recorded it, in the text form of the needs CSV.
 *
 * @param crecheId the listing's id
 * @param need which need
 * @param value {@code true}/{@code false}, or |-separated language codes; null for {@code other}
 * @param places how many places could be added ({@code more_places} only); null when unknown
 * @param note free text; the whole answer for {@code other}
 * @param recordedAt the day the survey recorded it
 * @param recordedBy who recorded it
 */
public record NeedRecord(String crecheId, Need need, String value, Integer places, String note,
    LocalDate recordedAt, String recordedBy) {

  /** True when value, places and note are the same (who recorded it and when aside). */
  public boolean sameAnswer(NeedRecord other) {
    return other != null && need == other.need && Objects.equals(value, other.value)
        && Objects.equals(places, other.places) && Objects.equals(note, other.note);
  }

  /** True for a yes/no need answered yes. */
  public boolean yes() {
    return "true".equals(value);
  }
}
