package ma.hadana.bot.resilience;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.NodeList;

/** Reads the texts out of a TwiML answer, as Twilio would. */
final class Twiml {

  private Twiml() {}

  /** The text of each {@code <Message>}, in order; empty for {@code <Response/>}. */
  static List<String> messages(String twiml) throws Exception {
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(twiml.getBytes(StandardCharsets.UTF_8)));
    NodeList nodes = doc.getElementsByTagName("Message");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent().strip());
    }
    return out;
  }
}
