package ma.hadana.bot.conversation.reply;

import ma.hadana.bot.conversation.Language;

/** A reply bundle: a language, and for Darija the script the user writes in. */
public enum ReplyVariant {
  FR("fr", true),
  AR("ar", false),
  ARY("ary", false),
  ARY_LATN("ary-Latn", true),
  EN("en", true);

  private final String tag;
  private final boolean latin;

  ReplyVariant(String tag, boolean latin) {
    this.tag = tag;
    this.latin = latin;
  }

  /** BCP 47 tag: fr, ar, ary, ary-Latn, en. */
  public String tag() {
    return tag;
  }

  /** True for Latin-script bundles, which must fit GSM-7 on SMS. */
  public boolean latin() {
    return latin;
  }

  /** A name in the reply's script: the Arabic one for Arabic-script replies when there is one. */
  public String name(String latinName, String arabicName) {
    return !latin && arabicName != null && !arabicName.isBlank() ? arabicName : latinName;
  }

  /** The bundle for a language; Darija in the script the user writes in. */
  public static ReplyVariant of(Language language, boolean latinScript) {
    if (language == null) {
      return FR;
    }
    return switch (language) {
      case FR -> FR;
      case AR -> AR;
      case EN -> EN;
      case ARY -> latinScript ? ARY_LATN : ARY;
    };
  }

  /** Parses a tag as written by {@link #tag()}; null when unknown. */
  public static ReplyVariant fromTag(String tag) {
    for (ReplyVariant v : values()) {
      if (v.tag.equalsIgnoreCase(tag)) {
        return v;
      }
    }
    return null;
  }
}
