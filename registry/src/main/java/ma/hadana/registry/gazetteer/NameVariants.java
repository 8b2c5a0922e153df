package ma.hadana.registry.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import ma.hadana.registry.text.Fold;

/**
 * The index keys of one written name: its canonical tokens with apostrophes as spaces and as
 * nothing ("M'diq" is "m diq" and "mdiq"), all tokens glued together ("ainchok"), a trailing
 * number split from its word ("Massira2"), and the name without its numbering ("Massira 3 B"
 * also as "massira", marked partial).
 */
final class NameVariants {

  private static final Pattern NUMBERING = Pattern.compile("\\d+|[a-z]?\\d+[a-z]?|[ivx]{1,4}|[a-z]");
  private static final Pattern TRAILING_DIGITS = Pattern.compile("([a-z]{3,})(\\d+)");

  private NameVariants() {}

  /** Key (tokens joined by one space) to whether the key is partial. */
  static Map<String, Boolean> keys(String name) {
    Map<String, Boolean> keys = new LinkedHashMap<>();
    String folded = Fold.fold(name);
    for (String text : List.of(folded, folded.replace("'", ""), withoutGluedArticles(folded))) {
      List<String> tokens = splitTrailingDigits(tokensOrAll(text));
      if (tokens.isEmpty()) {
        continue;
      }
      add(keys, tokens, false);
      List<String> base = new ArrayList<>(tokens);
      while (base.size() > 1 && NUMBERING.matcher(base.get(base.size() - 1)).matches()) {
        base.remove(base.size() - 1);
      }
      if (base.size() < tokens.size()) {
        add(keys, base, true);
      }
    }
    return keys;
  }

  /** "Hay Essalam" as "hay salam": assimilated articles glued to a word taken off. */
  private static String withoutGluedArticles(String folded) {
    StringBuilder b = new StringBuilder();
    for (String raw : PlaceNames.rawTokens(folded)) {
      String stripped = PlaceNames.withoutGluedArticle(raw);
      b.append(stripped == null ? raw : stripped).append(' ');
    }
    return b.toString().trim();
  }

  private static void add(Map<String, Boolean> keys, List<String> tokens, boolean partial) {
    String key = String.join(" ", tokens);
    keys.merge(key, partial, (a, b) -> a && b);
    if (tokens.size() > 1 && key.length() >= 7 && !PlaceNames.isArabic(key.charAt(0))) {
      keys.merge(String.join("", tokens), partial, (a, b) -> a && b);
    }
  }

  /** Canonical tokens; a name made only of generic words and articles keeps them all. */
  private static List<String> tokensOrAll(String folded) {
    List<String> tokens = PlaceNames.tokens(folded);
    if (!tokens.isEmpty()) {
      return tokens;
    }
    return PlaceNames.rawTokens(folded).stream().map(PlaceNames::canonical).toList();
  }

  private static List<String> splitTrailingDigits(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size() + 1);
    for (String t : tokens) {
      var m = TRAILING_DIGITS.matcher(t);
      if (m.matches()) {
        out.add(m.group(1));
        out.add(m.group(2));
      } else {
        out.add(t);
      }
    }
    return out;
  }
}
