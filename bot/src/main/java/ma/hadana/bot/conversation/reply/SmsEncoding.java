package ma.hadana.bot.conversation.reply;

/**
 * GSM 03.38 arithmetic for SMS: which encoding a text needs, how many segments it costs, and a
 * folding of French typography to GSM-7 so Latin-script replies never fall back to UCS-2.
 */
public final class SmsEncoding {

  /** Characters of the GSM-7 basic set (one septet each). */
  private static final String BASIC =
      "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
          + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

  /** Characters of the GSM-7 extension table (two septets each: escape + char). */
  private static final String EXTENDED = "^{}\\[~]|€\f";

  /**
   * Septets each UTF-16 code unit takes in GSM-7: 1 (basic set), 2 (extension table) or 0 (not
   * in GSM-7). Looked up per character: replies are measured several times while they are fitted
   * into segments, and a scan of the tables per character cost more than the rest of a reply.
   */
  private static final byte[] SEPTETS = new byte[Character.MAX_VALUE + 1];

  static {
    for (int i = 0; i < BASIC.length(); i++) {
      SEPTETS[BASIC.charAt(i)] = 1;
    }
    for (int i = 0; i < EXTENDED.length(); i++) {
      SEPTETS[EXTENDED.charAt(i)] = 2;
    }
  }

  private SmsEncoding() {}

  /** The encoding a text needs on SMS. */
  public enum Encoding {
    GSM_7("GSM-7", 160, 153),
    UCS_2("UCS-2", 70, 67);

    private final String label;
    private final int single;
    private final int multi;

    Encoding(String label, int single, int multi) {
      this.label = label;
      this.single = single;
      this.multi = multi;
    }

    /** The name used in APIs: "GSM-7" or "UCS-2". */
    public String label() {
      return label;
    }
  }

  /** GSM-7 when every character is in the GSM tables, else UCS-2. */
  public static Encoding encodingOf(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (SEPTETS[text.charAt(i)] == 0) {
        return Encoding.UCS_2;
      }
    }
    return Encoding.GSM_7;
  }

  /** Number of SMS segments the text costs (0 for an empty text). */
  public static int segments(String text) {
    Encoding e = encodingOf(text);
    int units = units(text, e);
    if (units == 0) {
      return 0;
    }
    return units <= e.single ? 1 : (units + e.multi - 1) / e.multi;
  }

  /** Septets (GSM-7) or UTF-16 code units (UCS-2) the text takes. */
  public static int units(String text, Encoding e) {
    if (e == Encoding.UCS_2) {
      return text.length();
    }
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += SEPTETS[text.charAt(i)] == 2 ? 2 : 1;
    }
    return n;
  }

  /**
   * Folds characters outside GSM-7 to their nearest GSM-7 form (â→a, ç→c, œ→oe, «»→", ’→'),
   * keeping the accents GSM-7 has (é è à ù ì ò É Ç). Characters with no Latin equivalent are
   * kept, so an Arabic text stays Arabic (and UCS-2).
   */
  public static String foldToGsm(String text) {
    int i = 0;
    while (i < text.length() && SEPTETS[text.charAt(i)] != 0) {
      i++;
    }
    if (i == text.length()) {
      return text; // already GSM-7: nothing to fold
    }
    StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (SEPTETS[c] != 0) {
        out.append(c);
      } else {
        fold(c, out);
      }
    }
    return out.toString();
  }

  private static void fold(char c, StringBuilder out) {
    String folded = fold(c);
    if (folded == null) {
      out.append(c);
    } else {
      out.append(folded);
    }
  }

  /** The GSM-7 form of a character outside GSM-7, or null to keep it as it is. */
  private static String fold(char c) {
    switch (c) {
      case 'â': case 'á': case 'ã': return "a";
      case 'Â': case 'À': case 'Á': case 'Ã': return "A";
      case 'ê': case 'ë': return "e";
      case 'Ê': case 'È': case 'Ë': return "E";
      case 'î': case 'ï': case 'í': return "i";
      case 'Î': case 'Ï': case 'Í': return "I";
      case 'ô': case 'ó': case 'õ': return "o";
      case 'Ô': case 'Ó': return "O";
      case 'û': case 'ú': return "u";
      case 'Û': case 'Ù': case 'Ú': return "U";
      case 'ç': return "c"; // GSM-7 has only the capital Ç; a plain c reads better
      case 'ÿ': return "y";
      case 'œ': return "oe";
      case 'Œ': return "OE";
      case '«': case '»': case '“': case '”': case '„': return "\"";
      case '’': case '‘': case '´': case '`': return "'";
      case '–': case '—': case '−': return "-";
      case '…': return "...";
      case '\u00a0': case '\u202f': case '\u2009': return " ";
      case '•': case '·': return "-";
      default: return null;
    }
  }
}
