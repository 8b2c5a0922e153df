package ma.hadana.bot.conversation.understanding.language;

import java.util.Locale;

/** The languages Hadana understands and answers in. */
public enum Language {
  /** French. */
  FR,
  /** Modern Standard Arabic. */
  AR,
  /** Moroccan Darija, in Arabic letters or in Latin letters (Arabizi). */
  ARY,
  /** English. */
  EN;

  /** The code used in message bundles and labelled data: fr, ar, ary, en. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The language of a code, or null when the code is none of ours. */
  public static Language fromCode(String code) {
    for (Language l : values()) {
      if (l.code().equalsIgnoreCase(code)) {
        return l;
      }
    }
    return null;
  }
}
