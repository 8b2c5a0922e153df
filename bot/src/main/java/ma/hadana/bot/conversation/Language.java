package ma.hadana.bot.conversation;

import java.util.Locale;

/** The languages Hadana understands and answers in. Darija is written in two scripts. */
public enum Language {
  FR,
  AR,
  ARY,
  EN;

  /** ISO 639 code: fr, ar, ary, en. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses fr, ar, ary or en (any case); null otherwise. */
  public static Language fromCode(String code) {
    if (code == null) {
      return null;
    }
    for (Language l : values()) {
      if (l.code().equalsIgnoreCase(code.trim())) {
        return l;
      }
    }
    return null;
  }
}
