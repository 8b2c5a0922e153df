package ma.hadana.bot.conversation.dialogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Set;
import ma.hadana.bot.conversation.Filter;

/**
 * What the bot remembers of a dialogue between two messages. Holds ids and numbers only, never
 * message text, so it can be kept for a day without keeping what the family wrote.
 *
 * @param placeId the gazetteer place searched around, or null (a shared location has none)
 * @param placeName the place's name as shown in replies
 * @param lat latitude searched around, or null when no place is known yet
 * @param lon longitude searched around
 * @param candidateIds places offered in a numbered question, in order
 * @param ageMonths the child's age in months, when given
 * @param filters the family's conditions
 * @param shownIds the listings shown so far, in the order numbered to the family
 * @param awaiting what the bot asked last: location, disambiguation, or null
 * @param misunderstood consecutive messages not understood
 */
@JsonIgnoreProperties(ignoreUnknown = true) // dialogues saved by older versions
public record DialogueState(
    String placeId,
    String placeName,
    Double lat,
    Double lon,
    List<String> candidateIds,
    Integer ageMonths,
    Set<Filter> filters,
    List<String> shownIds,
    String awaiting,
    int misunderstood) {

  /** What the bot is waiting for. */
  public static final String LOCATION = "location";
  public static final String DISAMBIGUATION = "disambiguation";

  public DialogueState {
    candidateIds = candidateIds == null ? List.of() : List.copyOf(candidateIds);
    filters = filters == null ? Set.of() : Set.copyOf(filters);
    shownIds = shownIds == null ? List.of() : List.copyOf(shownIds);
  }

  /** A new dialogue. */
  public static DialogueState empty() {
    return new DialogueState(null, null, null, null, List.of(), null, Set.of(), List.of(), null, 0);
  }

  /** True when there is a point to search around. */
  public boolean located() {
    return lat != null && lon != null;
  }

  /** A copy waiting for {@code what} (or nothing). */
  public DialogueState awaiting(String what) {
    return new DialogueState(placeId, placeName, lat, lon, candidateIds, ageMonths, filters,
        shownIds, what, misunderstood);
  }

  /** A copy searching around a new place, keeping the child's age and conditions. */
  public DialogueState at(String id, String name, double newLat, double newLon) {
    return new DialogueState(id, name, newLat, newLon, List.of(), ageMonths, filters, List.of(),
        null, 0);
  }

  /** A copy offering these candidates. */
  public DialogueState offering(List<String> ids) {
    return new DialogueState(placeId, placeName, lat, lon, ids, ageMonths, filters, shownIds,
        DISAMBIGUATION, misunderstood);
  }

  /** A copy with the child's age and conditions. */
  public DialogueState criteria(Integer age, Set<Filter> newFilters) {
    return new DialogueState(placeId, placeName, lat, lon, candidateIds, age, newFilters, shownIds,
        awaiting, misunderstood);
  }

  /** A copy after showing a page of results: every listing numbered so far. */
  public DialogueState showing(List<String> ids) {
    return new DialogueState(placeId, placeName, lat, lon, List.of(), ageMonths, filters, ids,
        null, 0);
  }

  /** A copy counting one more message not understood (or resetting the count). */
  public DialogueState misunderstood(boolean again) {
    return new DialogueState(placeId, placeName, lat, lon, candidateIds, ageMonths, filters,
        shownIds, awaiting, again ? misunderstood + 1 : 0);
  }
}
