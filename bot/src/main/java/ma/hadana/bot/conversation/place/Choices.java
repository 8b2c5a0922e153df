package ma.hadana.bot.conversation.place;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.hadana.registry.gazetteer.Place;
import ma.hadana.registry.gazetteer.PlaceNames;
import ma.hadana.registry.text.Fold;

/** Reads the answer to a numbered question: a number, an ordinal word, or a place. */
final class Choices {

  /** A digit standing alone ("2", "n°2", "2eme", "2nd"), not inside an Arabizi word ("3afak"). */
  private static final Pattern NUMBER =
      Pattern.compile("(?<![\\p{L}\\d])([1-9])(?:er|re|ere|eme|e|st|nd|rd|th)?(?![\\p{L}\\d])");

  /** Ordinal and number words of the four languages, by the number they stand for. */
  private static final Map<String, Integer> WORDS =
      canonical(
          Map.of(
              1, "premier premiere first one un une wahed wa7ed lowel l'owel الأول الأولى واحد",
              2, "deuxieme second seconde two deux jouj zouj juj tani الثاني الثانية جوج زوج",
              3, "troisieme third three trois tlata talt الثالث الثالثة تلاتة ثلاثة",
              4, "quatrieme fourth four quatre rab3a rabe3 الرابع الرابعة أربعة"));

  private final Cities cities;

  Choices(Cities cities) {
    this.cities = cities;
  }

  private static Map<String, Integer> canonical(Map<Integer, String> words) {
    Map<String, Integer> out = new HashMap<>();
    words.forEach(
        (n, list) -> {
          for (String w : list.split(" ")) {
            PlaceNames.tokens(MessageTokens.arabizi(Fold.fold(w))).forEach(t -> out.put(t, n));
          }
        });
    return Map.copyOf(out);
  }

  Optional<Place> byNumber(String text, List<PlaceCandidate> candidates) {
    String folded = Fold.fold(text);
    Matcher m = NUMBER.matcher(folded);
    Integer n = m.find() ? Integer.valueOf(m.group(1)) : null;
    if (n == null) {
      for (String t : PlaceNames.tokens(MessageTokens.arabizi(folded))) {
        n = WORDS.get(t);
        if (n != null) {
          break;
        }
      }
    }
    return n != null && n <= candidates.size()
        ? Optional.of(candidates.get(n - 1).place())
        : Optional.empty();
  }

  /** The one candidate that is, or lies in, a place the reply names. */
  Optional<Place> byPlace(List<Place> named, List<PlaceCandidate> candidates) {
    List<Place> picked =
        candidates.stream()
            .map(PlaceCandidate::place)
            .filter(c -> named.stream().anyMatch(p -> p.id().equals(c.id()) || cities.within(c, p)))
            .toList();
    return picked.size() == 1 ? Optional.of(picked.get(0)) : Optional.empty();
  }
}
