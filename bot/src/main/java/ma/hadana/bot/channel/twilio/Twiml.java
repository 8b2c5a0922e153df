package ma.hadana.bot.channel.twilio;

import java.util.List;
import ma.hadana.bot.conversation.Reply;

/**
 * Renders replies as a TwiML messaging response: one {@code <Message>} per reply, text escaped
 * for XML. Choices are already numbered lines in the core's text on SMS and WhatsApp; venues
 * are already in the text as an address.
 */
final class Twiml {

  static final String CONTENT_TYPE = "text/xml;charset=UTF-8";
  private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

  private Twiml() {}

  /** The response for these replies; {@code <Response/>} when there are none. */
  static String render(List<Reply> replies) {
    if (replies.isEmpty()) {
      return empty();
    }
    StringBuilder sb = new StringBuilder(PROLOG).append("<Response>");
    for (Reply r : replies) {
      sb.append("<Message>").append(escape(r.text())).append("</Message>");
    }
    return sb.append("</Response>").toString();
  }

  /** A response that sends nothing. */
  static String empty() {
    return PROLOG + "<Response/>";
  }

  /** XML text content: the five special characters escaped, characters XML forbids dropped. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&apos;");
        default -> {
          if (allowed(c)) {
            sb.appendCodePoint(c);
          }
        }
      }
    });
    return sb.toString();
  }

  private static boolean allowed(int c) {
    return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
        || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
  }
}
