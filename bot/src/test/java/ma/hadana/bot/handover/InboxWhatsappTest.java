package ma.hadana.bot.handover;

import static ma.hadana.bot.channel.FakeProviders.TWILIO_MESSAGES;
import static ma.hadana.bot.channel.FakeProviders.requests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import ma.hadana.bot.channel.ChannelTest;
import ma.hadana.bot.channel.Fixtures;
import ma.hadana.bot.channel.TwilioSigner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * A WhatsApp family (through Twilio) asks for a person: the bot's TwiML goes silent, a console
 * reply is sent with the Twilio SDK to the family's WhatsApp address, and BOT hands it back.
 */
class InboxWhatsappTest extends ChannelTest {

  private static final String SMS = "/webhooks/twilio/sms";
  private static final AtomicInteger SID = new AtomicInteger();

  @Autowired Inbox inbox;

  private long socialWorker;

  @BeforeEach
  void aSocialWorker() {
    socialWorker = jdbc.sql("INSERT INTO console_user (email, password_hash, role)"
            + " VALUES ('karim@hadana.test', 'x', 'SOCIAL_WORKER')"
            + " ON CONFLICT (email) DO UPDATE SET role = EXCLUDED.role RETURNING id")
        .query(Long.class).single();
  }

  private String say(String text) throws Exception {
    Map<String, String> params = Fixtures.form("twilio/whatsapp-inbound.form",
        "MessageSid", String.format("SM%032d", SID.incrementAndGet()), "Body", text);
    return mvc.perform(post(SMS).contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .header("X-Twilio-Signature", TwilioSigner.sign(AUTH_TOKEN, PUBLIC_BASE_URL + SMS, params))
            .content(Fixtures.encode(params)))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void theBotGoesSilentAPersonAnswersOnWhatsappAndBotHandsItBack() throws Exception {
    assertThat(say("agent")).contains("<Message>").contains("BOT");
    assertThat(say("Je suis toujours là")).doesNotContain("<Message>");
    InboxItem item = inbox.open(10).get(0);
    assertThat(item.channel()).isEqualTo("whatsapp");

    assertThat(inbox.reply(item.id(), socialWorker, "Salam, ana Karim. Fin katskni?"))
        .isEqualTo(Inbox.Outcome.DONE);
    sendOutbox();

    assertThat(requests(TWILIO_MESSAGES)).singleElement()
        .satisfies(r -> assertThat(r.getBodyAsString()).contains("To=whatsapp%3A%2B212612345678",
            "From=whatsapp%3A%2B14155238886", "Body=Salam%2C+ana+Karim."));
    assertThat(say("BOT")).contains("<Message>");
    assertThat(inbox.read(item.id()).orElseThrow().item().closed()).isTrue();
    assertThat(say("crèche Maarif Casablanca")).contains("<Message>");
  }
}
