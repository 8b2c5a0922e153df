package ma.hadana.bot.conversation.place;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import ma.hadana.registry.gazetteer.PlaceNames;
import ma.hadana.registry.text.Fold;

/**
 * Turns a raw SMS or chat message into {@link Token}s: folds it, splits it, maps Arabizi digits
 * inside words (7ay → hay, 9nitra → knitra, 3in → ain), drops articles and generic quarter words
 * (remembering the latter), marks ages ("2ans", "18m"), numbers and common words.
 */
final class MessageTokens {

  private static final Pattern AGE =
      Pattern.compile(
          "\\d+(ans?|mois|m|months?|mo|mths?|yo|y|yrs?|years?|snin|sna|chhar|chhour|chhor|chour"
              + "|shhour|chehar|ch|j|jours?|days?|h|dh|dhs|mad|am|ayam|kg|cm)");
  private static final Pattern ARABIZI = Pattern.compile(".*[a-z].*");
  private static final String ARABIC_PROCLITICS = "بفولك";
  /** A letter typed three times or more for emphasis ("كريشااات", "salaaam"). */
  private static final Pattern STRETCHED = Pattern.compile("(\\p{L})\\1{2,}");

  private final Stopwords stopwords;

  MessageTokens(Stopwords stopwords) {
    this.stopwords = stopwords;
  }

  List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    boolean generic = false;
    boolean afterLocative = false;
    String folded = STRETCHED.matcher(Fold.fold(text)).replaceAll("$1");
    for (String raw : PlaceNames.rawTokens(folded)) {
      if (raw.chars().allMatch(Character::isDigit)) {
        out.add(new Token(List.of(raw), false, true, generic, afterLocative));
        generic = false;
        afterLocative = false;
        continue;
      }
      if (AGE.matcher(raw).matches()) {
        out.add(new Token(List.of(raw), true, false, false, false));
        generic = false;
        afterLocative = false;
        continue;
      }
      String mapped = arabizi(raw);
      String c = PlaceNames.canonical(mapped);
      if (PlaceNames.isArticle(c)) {
        afterLocative |= stopwords.locative(c); // "at", "en"; "f l ..." keeps the "f"
        continue;
      }
      List<String> forms = forms(raw, mapped, c);
      boolean arabic = PlaceNames.isArabic(c.charAt(0));
      if (PlaceNames.isGeneric(c) || arabic && forms.stream().anyMatch(PlaceNames::isGeneric)) {
        // "hay", "حي", also glued to a proclitic: "فحي", "بحي"
        generic = true;
        afterLocative = false;
        continue;
      }
      boolean stop =
          stopwords.contains(c)
              || stopwords.contains(PlaceNames.canonical(raw))
              || stopwords.containsExactly(raw);
      if (stop && afterLocative && stopwords.placeAfterLocative(c)) {
        stop = false;
      }
      out.add(new Token(forms, stop, false, generic, afterLocative));
      generic = false;
      afterLocative = stopwords.locative(c);
    }
    return out;
  }

  /** Latin words with letters: 3 → a (ع), 7 → h (ح), 9 → k (ق), 2 → a (ء). */
  static String arabizi(String raw) {
    if (raw.isEmpty() || PlaceNames.isArabic(raw.charAt(0)) || !ARABIZI.matcher(raw).matches()) {
      return raw;
    }
    StringBuilder b = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char ch = raw.charAt(i);
      switch (ch) {
        case '3', '2' -> b.append('a');
        case '7' -> b.append('h');
        case '9' -> b.append('k');
        default -> b.append(ch);
      }
    }
    return b.toString();
  }

  private static List<String> forms(String raw, String mapped, String c) {
    List<String> forms = new ArrayList<>(3);
    forms.add(c);
    if (!mapped.equals(raw)) {
      addIfNew(forms, PlaceNames.canonical(raw));
    }
    String unglued = PlaceNames.withoutGluedArticle(mapped);
    if (unglued != null) {
      addIfNew(forms, PlaceNames.canonical(unglued));
    }
    if (PlaceNames.isArabic(c.charAt(0))) {
      // ب/ف/و/ل/ك glued on ("بوجدة", "فالرباط"), then maybe the Darija article ل ("فلمضيق").
      String rest = c;
      boolean glued = c.length() >= 4 || c.length() == 3 && PlaceNames.isGeneric(c.substring(1));
      if (glued && ARABIC_PROCLITICS.indexOf(c.charAt(0)) >= 0) {
        rest = PlaceNames.canonical(c.substring(1));
        addIfNew(forms, rest);
      }
      if (rest.length() >= 4 && rest.charAt(0) == 'ل') {
        addIfNew(forms, rest.substring(1));
      }
    } else if (c.length() >= 4 && c.charAt(0) == 'l' && !isVowel(c.charAt(1))) {
      addIfNew(forms, c.substring(1)); // Darija article glued on: lmanar, lbida
    } else if (c.length() >= 6 && (c.startsWith("el") || c.startsWith("al"))) {
      addIfNew(forms, c.substring(2));
    }
    return List.copyOf(forms);
  }

  private static void addIfNew(List<String> forms, String f) {
    if (!f.isEmpty() && !forms.contains(f)) {
      forms.add(f);
    }
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
