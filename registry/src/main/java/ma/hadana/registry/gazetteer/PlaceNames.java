package ma.hadana.registry.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import ma.hadana.registry.text.Fold;

/**
 * The canonical spelling of place names, shared by the index and the message side so that
 * "Hay El Manar", "hay lmanar" (after l-stripping), "Al-Manar" and "حي المنار" meet: folded
 * text split on anything but letters and digits, articles and generic words (hay, quartier,
 * derb, douar, cité, lotissement, حي, درب, دوار...) dropped, and each Latin token reduced to a
 * loose phonetic form (ou→u, w→u, y→i, q→k, ck→k, dj→j, sh→ch, beni→bni, doubled letters once).
 */
public final class PlaceNames {

  /** Articles and name connectors, in canonical form; dropped from names and messages. */
  static final Set<String> ARTICLES =
      canonicalSet(
          "el al la le l les ad ar as at an ach ech es et ez ed en ej de des du d dyal dial ديال");

  /** Generic words for a kind of quarter, in canonical form. */
  static final Set<String> GENERIC =
      canonicalSet(
          "hay hai quartier qartier kartier qrt derb drb douar dwar cite lotissement lot lots"
              + " lotis residence secteur حي درب دوار حومة تجزئة اقامة إقامة قطاع");

  private static final Pattern GLUED_ARTICLE =
      Pattern.compile("[ae](tt|dd|rr|zz|ss|nn|ll|ch)([a-z]{3,})");

  private static final String ARABIC_LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمنهويءاى";
  private static final String SKELETON_OF_ARABIC = "bttjhKddrzsCsdtd.Gfkklmnh.....";

  private PlaceNames() {}

  /** Canonical tokens of a name or text, without articles and generic words. */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    for (String raw : rawTokens(Fold.fold(text))) {
      String c = canonical(raw);
      if (!c.isEmpty() && !ARTICLES.contains(c) && !GENERIC.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /** True when the text has a generic quarter word ("Hay Salam", "حي السلام", "Derb Omar"). */
  public static boolean hasGenericWord(String text) {
    for (String raw : rawTokens(Fold.fold(text))) {
      if (GENERIC.contains(canonical(raw))) {
        return true;
      }
    }
    return false;
  }

  /** Folded text split on anything that is not a letter or a digit, and where Arabic starts or ends. */
  public static List<String> rawTokens(String folded) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(cur, out);
        continue;
      }
      if (cur.length() > 0 && isArabic(cur.charAt(cur.length() - 1)) != isArabic(c)) {
        flush(cur, out);
      }
      cur.append(c);
    }
    flush(cur, out);
    return out;
  }

  /** Canonical form of one folded token; Arabic tokens lose a leading ال. */
  public static String canonical(String token) {
    if (token.isEmpty()) {
      return token;
    }
    if (isArabic(token.charAt(0))) {
      String t = token.endsWith("اء") && token.length() >= 4 ? token.substring(0, token.length() - 1) : token;
      return t.startsWith("ال") && t.length() >= 4 ? t.substring(2) : t;
    }
    String s =
        token
            .replace("ck", "k")
            .replace("dj", "j")
            .replace("sh", "ch")
            .replace("ou", "u")
            .replace('q', 'k')
            .replace('w', 'u')
            .replace('y', 'i');
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (i == 0 || c != s.charAt(i - 1) || Character.isDigit(c)) {
        b.append(c);
      }
    }
    s = b.toString();
    return switch (s) {
      case "beni" -> "bni";
      case "uled" -> "ulad";
      default -> s;
    };
  }

  /**
   * The folded Latin word without an assimilated article glued to it ("essalam" → "salam",
   * "ennasr" → "nasr", "annakhil" → "nakhil"), or {@code null} when it has none.
   */
  public static String withoutGluedArticle(String foldedToken) {
    var m = GLUED_ARTICLE.matcher(foldedToken);
    return m.matches() ? m.group(1).charAt(0) + m.group(2) : null;
  }

  /**
   * The consonant skeleton of a canonical word, the same in both scripts: "laimune" and
   * "ليمون" are both "lmn", "masira" and "مسيره" both "msr". Vowels, alef, waw, yeh, ain and a
   * final ta marbuta drop out; ch/ش, kh/خ and gh/غ are one letter each. Lossy: a last resort for
   * Arabic-letter messages naming places the data only knows in Latin letters.
   */
  public static String skeleton(String canonicalToken) {
    if (canonicalToken.isEmpty()) {
      return canonicalToken;
    }
    StringBuilder b = new StringBuilder(canonicalToken.length());
    if (isArabic(canonicalToken.charAt(0))) {
      for (int i = 0; i < canonicalToken.length(); i++) {
        char c = canonicalToken.charAt(i);
        if (c == 'ه' && i == canonicalToken.length() - 1) {
          continue; // ta marbuta, folded to heh
        }
        int at = ARABIC_LETTERS.indexOf(c);
        if (at >= 0 && SKELETON_OF_ARABIC.charAt(at) != '.') {
          b.append(SKELETON_OF_ARABIC.charAt(at));
        }
      }
    } else {
      String s =
          canonicalToken
              .replace("ch", "C").replace("kh", "K").replace("gh", "G").replace("th", "t")
              .replace("dh", "d").replace("ph", "f").replace('g', 'k').replace('c', 'k')
              .replace('v', 'f').replace('p', 'b');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if ("aeiou".indexOf(c) < 0 && (Character.isLetter(c))) {
          b.append(c);
        }
      }
    }
    StringBuilder out = new StringBuilder(b.length());
    for (int i = 0; i < b.length(); i++) {
      if (i == 0 || b.charAt(i) != b.charAt(i - 1)) {
        out.append(b.charAt(i));
      }
    }
    return out.toString();
  }

  /** True for an article or connector in canonical form ({@code el}, {@code la}, {@code de}). */
  public static boolean isArticle(String canonicalToken) {
    return ARTICLES.contains(canonicalToken);
  }

  /** True for a generic quarter word in canonical form ({@code hai}, {@code derb}, {@code حي}). */
  public static boolean isGeneric(String canonicalToken) {
    return GENERIC.contains(canonicalToken);
  }

  /** True for Arabic-script letters ({@link Fold} has already turned Arabic digits into ASCII). */
  public static boolean isArabic(char c) {
    return c >= '\u0600' && c <= '\u06ff' || c >= '\u0750' && c <= '\u077f';
  }

  private static Set<String> canonicalSet(String words) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : words.split(" ")) {
      out.add(canonical(Fold.fold(w)));
    }
    return Set.copyOf(out);
  }

  private static void flush(StringBuilder cur, List<String> out) {
    if (cur.length() > 0) {
      out.add(cur.toString());
      cur.setLength(0);
    }
  }
}
