package ma.hadana.bot.handover;

import static ma.hadana.bot.channel.FakeProviders.requests;
import static ma.hadana.bot.channel.FakeProviders.telegram;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import ma.hadana.bot.channel.ChannelTest;
import ma.hadana.bot.channel.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A Telegram family asks for a person; a social worker's reply queued through the console's
 * {@link Inbox} reaches the family through the outbox worker and the real Telegram client.
 */
class InboxTelegramTest extends ChannelTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CHAT = "1111111";

  @Autowired Inbox inbox;

  private long socialWorker;
  private int update = 20000;

  @BeforeEach
  void aSocialWorker() {
    socialWorker = jdbc.sql("INSERT INTO console_user (email, password_hash, role)"
            + " VALUES ('salma@hadana.test', 'x', 'SOCIAL_WORKER')"
            + " ON CONFLICT (email) DO UPDATE SET role = EXCLUDED.role RETURNING id")
        .query(Long.class).single();
  }

  private void say(String text) throws Exception {
    String body = Fixtures.text("telegram/text.json")
        .replace("10000", String.valueOf(++update))
        .replace("Bonjour, une crèche à Maarif pour ma fille de 2 ans", text);
    mvc.perform(MockMvcRequestBuilders.post("/webhooks/telegram")
            .contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8))
            .header("X-Telegram-Bot-Api-Secret-Token", TELEGRAM_SECRET))
        .andExpect(status().isOk());
  }

  private void drain() {
    while (sendOutbox() > 0) {
      // one message per chat per pass
    }
  }

  private static List<String> sentTexts() throws Exception {
    List<String> out = new ArrayList<>();
    for (var r : requests(telegram("sendMessage"))) {
      JsonNode m = JSON.readTree(r.getBodyAsString());
      assertThat(m.get("chat_id").asText()).isEqualTo(CHAT);
      out.add(m.get("text").asText());
    }
    return out;
  }

  @Test
  void aConsoleReplyIsSentToTheFamilysChatAndTheBotStaysQuiet() throws Exception {
    say("agent");
    drain();
    assertThat(sentTexts()).last().asString().contains("/bot"); // on Telegram the ack names the command
    InboxItem item = inbox.open(10).get(0);
    assertThat(item.state()).isEqualTo("handed_over");
    assertThat(item.channel()).isEqualTo("telegram");
    assertThat(item.replyable()).isTrue();

    assertThat(inbox.reply(item.id(), socialWorker, "Bonjour, ici Salma de l'association."))
        .isEqualTo(Inbox.Outcome.DONE);
    drain();

    assertThat(sentTexts()).last().isEqualTo("Bonjour, ici Salma de l'association.");
    assertThat(inbox.read(item.id()).orElseThrow().messages()).last()
        .satisfies(m -> assertThat(m.direction()).isEqualTo("out"))
        .satisfies(m -> assertThat(m.author()).isEqualTo("salma@hadana.test"));
    assertThat(inbox.read(item.id()).orElseThrow().item().takenBy()).isEqualTo("salma@hadana.test");

    int before = sentTexts().size();
    say("Merci, je cherche pour mon fils");
    drain();
    assertThat(sentTexts()).hasSize(before);
    assertThat(inbox.read(item.id()).orElseThrow().messages()).last()
        .satisfies(m -> assertThat(m.text()).isEqualTo("Merci, je cherche pour mon fils"));

    assertThat(inbox.close(item.id(), socialWorker)).isEqualTo(Inbox.Outcome.DONE);
    drain();
    assertThat(sentTexts()).hasSize(before + 1);
    assertThat(inbox.open(10)).isEmpty();
    assertThat(inbox.reply(item.id(), socialWorker, "encore")).isEqualTo(Inbox.Outcome.NOT_OPEN);
  }
}
