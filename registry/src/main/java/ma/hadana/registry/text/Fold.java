package ma.hadana.registry.text;

import java.text.Normalizer;

/**
 * Folds text so that spellings people treat as the same compare equal: NFKC, Latin case and
 * accents, Arabic diacritics, tatweel, alef and hamza forms, alef maqsura, ta marbuta, Eastern
 * Arabic and Persian digits, and bidi controls. Shared by the gazetteer index and the bot.
 */
public final class Fold {

  private Fold() {}

  /** Folded form of {@code s}: lowercase, no accents, Arabic letters unified, digits ASCII. */
  public static String fold(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(n.length());
    String decomposed = Normalizer.normalize(n, Normalizer.Form.NFD);
    for (int i = 0; i < decomposed.length(); i++) {
      char c = Character.toLowerCase(decomposed.charAt(i));
      if (c == 'œ' || c == 'æ') {
        out.append(c == 'œ' ? "oe" : "ae");
        continue;
      }
      char f = foldChar(c);
      if (f != 0) {
        out.append(f);
      }
    }
    return out.toString();
  }

  /** One character folded, or 0 to drop it. */
  static char foldChar(char c) {
    if (c < 0x80) {
      return Character.toLowerCase(c);
    }
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
      return 0; // Latin accents and Arabic harakat, shadda, sukun, madda and hamza marks
    }
    switch (c) {
      case '\u0640': // tatweel
      case '\u200e': case '\u200f': case '\u200b': case '\u200c': case '\u200d':
      case '\u202a': case '\u202b': case '\u202c': case '\u202d': case '\u202e':
      case '\u2066': case '\u2067': case '\u2068': case '\u2069': case '\ufeff':
        return 0;
      case '\u0622': case '\u0623': case '\u0625': case '\u0671': case '\u0672': case '\u0673':
        return '\u0627'; // alef forms
      case '\u0649': case '\u06cc': case '\u06d2':
        return '\u064a'; // alef maqsura, Farsi yeh -> yeh
      case '\u0629':
        return '\u0647'; // ta marbuta -> heh
      case '\u0624':
        return '\u0648'; // waw with hamza
      case '\u0626':
        return '\u064a'; // yeh with hamza
      case '\u06a9':
        return '\u0643'; // keheh -> kaf
      case '\u06af':
        return '\u0643'; // gaf (Moroccan g) -> kaf
      case '\u06a4': case '\u06a5':
        return '\u0641'; // veh (Moroccan v) -> feh
      case '\u0698':
        return '\u0632';
      case 'ß':
        return 's';
      case '\u00a0':
        return ' ';
      case '\u2019': case '\u2018': case '\u02bc': case '`': case '\u00b4':
        return '\'';
      default:
        break;
    }
    if (c >= '\u0660' && c <= '\u0669') {
      return (char) ('0' + (c - '\u0660'));
    }
    if (c >= '\u06f0' && c <= '\u06f9') {
      return (char) ('0' + (c - '\u06f0'));
    }
    return Character.toLowerCase(c);
  }
}
