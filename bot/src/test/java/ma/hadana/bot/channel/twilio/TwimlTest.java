package ma.hadana.bot.channel.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ma.hadana.bot.conversation.Choice;
import ma.hadana.bot.conversation.Reply;
import org.junit.jupiter.api.Test;

class TwimlTest {

  private static Reply reply(String text) {
    return new Reply("fr", text, List.of(new Choice("1. A", "1")), "GSM-7", 1, null);
  }

  @Test
  void rendersOneMessagePerReply() {
    assertThat(Twiml.render(List.of(reply("Bonjour"), reply("1. Crèche A"))))
        .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>Bonjour</Message>"
            + "<Message>1. Crèche A</Message></Response>");
  }

  @Test
  void rendersNoReplyAsAnEmptyResponse() {
    assertThat(Twiml.render(List.of())).endsWith("<Response/>");
  }

  @Test
  void escapesXmlAndDropsForbiddenCharacters() {
    assertThat(Twiml.escape("A&B <b>\"x\" 'y'\u0007 حضانة 😊"))
        .isEqualTo("A&amp;B &lt;b&gt;&quot;x&quot; &apos;y&apos; حضانة 😊");
  }

  @Test
  void keepsLineBreaksOfNumberedChoices() {
    assertThat(Twiml.escape("Choisissez :\n1. Maarif\n2. Anfa")).contains("\n1. Maarif\n2. Anfa");
  }
}
