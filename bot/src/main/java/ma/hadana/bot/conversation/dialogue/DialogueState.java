package ma.hadana.bot.conversation.dialogue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import ma.hadana.bot.conversation.Filter;

/**
 * What the bot remembers of a dialogue between two messages: ids and numbers, saved as JSON. The
 * texts of a step ({@link #said}) are not part of that JSON: {@link DialogueStore} appends them to
 * the dialogue's last {@value #RECENT} texts, a column of their own that is read only when a
 * social worker takes over and must see how the conversation went. Those texts live only as long
 * as the dialogue (it expires a day after the last message and goes with STOP or forget).
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
 * @param said the texts of this step (the family's, then the bot's), oldest first, at most
 *     {@value #RECENT}; not saved with the state but appended to the dialogue's recent texts
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
    int misunderstood,
    @JsonIgnore List<Said> said) {

  /** How many texts (in and out) a dialogue remembers. */
  public static final int RECENT = 6;

  /** One text of the dialogue: {@code in} from the family, {@code bot} from the bot. */
  public record Said(String by, String text) {

    /** The longest text kept, in characters: a long SMS, not a pasted document. */
    public static final int MAX = 1000;

    /**
     * A text as it can be stored in PostgreSQL: without NUL characters and unpaired surrogates
     * (which text and jsonb refuse), cut to {@link #MAX} characters.
     */
    public static String storable(String text) {
      StringBuilder out = new StringBuilder(Math.min(text.length(), MAX));
      for (int i = 0; i < text.length() && out.length() < MAX; i++) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          if (out.length() + 2 > MAX) {
            break;
          }
          out.append(c).append(text.charAt(++i));
        } else if (c != 0 && !Character.isSurrogate(c)) {
          out.append(c);
        }
      }
      return out.toString();
    }
  }

  /** What the bot is waiting for. */
  public static final String LOCATION = "location";
  public static final String DISAMBIGUATION = "disambiguation";

  public DialogueState {
    candidateIds = candidateIds == null ? List.of() : List.copyOf(candidateIds);
    filters = filters == null ? Set.of() : Set.copyOf(filters);
    shownIds = shownIds == null ? List.of() : List.copyOf(shownIds);
    said = said == null ? List.of() : List.copyOf(said);
  }

  /** A new dialogue. */
  public static DialogueState empty() {
    return new DialogueState(null, null, null, null, List.of(), null, Set.of(), List.of(), null, 0,
        List.of());
  }

  /** True when there is a point to search around. */
  public boolean located() {
    return lat != null && lon != null;
  }

  /** A copy waiting for {@code what} (or nothing). */
  public DialogueState awaiting(String what) {
    return new DialogueState(placeId, placeName, lat, lon, candidateIds, ageMonths, filters,
        shownIds, what, misunderstood, said);
  }

  /** A copy searching around a new place, keeping the child's age and conditions. */
  public DialogueState at(String id, String name, double newLat, double newLon) {
    return new DialogueState(id, name, newLat, newLon, List.of(), ageMonths, filters, List.of(),
        null, 0, said);
  }

  /** A copy offering these candidates. */
  public DialogueState offering(List<String> ids) {
    return new DialogueState(placeId, placeName, lat, lon, ids, ageMonths, filters, shownIds,
        DISAMBIGUATION, misunderstood, said);
  }

  /** A copy with the child's age and conditions. */
  public DialogueState criteria(Integer age, Set<Filter> newFilters) {
    return new DialogueState(placeId, placeName, lat, lon, candidateIds, age, newFilters, shownIds,
        awaiting, misunderstood, said);
  }

  /** A copy after showing a page of results: every listing numbered so far. */
  public DialogueState showing(List<String> ids) {
    return new DialogueState(placeId, placeName, lat, lon, List.of(), ageMonths, filters, ids,
        null, 0, said);
  }

  /**
   * A copy remembering this step's exchange: the family's text (when not blank) and the bot's
   * replies, the last {@value #RECENT} of them.
   */
  public DialogueState remembering(String in, List<String> out) {
    List<Said> all = new ArrayList<>();
    if (in != null && !in.isBlank()) {
      all.add(new Said("in", Said.storable(in)));
    }
    for (String text : out) {
      all.add(new Said("bot", Said.storable(text)));
    }
    List<Said> kept = all.subList(Math.max(0, all.size() - RECENT), all.size());
    return new DialogueState(placeId, placeName, lat, lon, candidateIds, ageMonths, filters,
        shownIds, awaiting, misunderstood, kept);
  }

  /** A copy counting one more message not understood (or resetting the count). */
  public DialogueState misunderstood(boolean again) {
    return new DialogueState(placeId, placeName, lat, lon, candidateIds, ageMonths, filters,
        shownIds, awaiting, again ? misunderstood + 1 : 0, said);
  }
}
