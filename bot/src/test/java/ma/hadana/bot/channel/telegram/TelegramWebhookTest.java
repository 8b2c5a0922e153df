package ma.hadana.bot.channel.telegram;

import static ma.hadana.bot.channel.FakeProviders.requests;
import static ma.hadana.bot.channel.FakeProviders.telegram;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import ma.hadana.bot.channel.ChannelTest;
import ma.hadana.bot.channel.Contacts;
import ma.hadana.bot.channel.Fixtures;
import ma.hadana.bot.conversation.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

class TelegramWebhookTest extends ChannelTest {

  static final String PATH = "/webhooks/telegram";
  static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  Contacts contacts;

  ResultActions update(String fixture) throws Exception {
    return post(Fixtures.text("telegram/" + fixture), TELEGRAM_SECRET);
  }

  ResultActions post(String body, String secret) throws Exception {
    MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(PATH)
        .contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8));
    return mvc.perform(secret == null ? request : request.header(SECRET_HEADER, secret));
  }

  /** Sends everything queued, pass after pass (one message per chat per pass keeps the order). */
  void drain() {
    while (sendOutbox() > 0) {
      // next pass
    }
  }

  static List<JsonNode> sent(String method) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (var r : requests(telegram(method))) {
      out.add(JSON.readTree(r.getBodyAsString()));
    }
    return out;
  }

  @Test
  void answersATextMessageThroughTheOutboxNotTheHttpResponse() throws Exception {
    update("text.json").andExpect(status().isOk()).andExpect(content().string(""));
    assertThat(requests(telegram("sendMessage"))).isEmpty();
    assertThat(count("outbox")).isEqualTo(2);
    drain();
    List<JsonNode> messages = sent("sendMessage");
    assertThat(messages).hasSize(2);
    assertThat(messages).allSatisfy(m -> assertThat(m.get("chat_id").asText()).isEqualTo("1111111"));
    assertThat(messages.get(0).get("text").asText()).contains("confidentiels");
    JsonNode results = messages.get(1);
    assertThat(results.get("text").asText()).contains("Les Petits Anges");
    JsonNode keyboard = results.at("/reply_markup/inline_keyboard");
    assertThat(keyboard.get(0).get(0).get("callback_data").asText()).isEqualTo("1");
    assertThat(keyboard.get(0).get(0).get("text").asText()).contains("Les Petits Anges");
  }

  @Test
  void deleteMyDataForgetsTheChatAndStillDeliversTheConfirmationLast() throws Exception {
    update("text.json").andExpect(status().isOk());
    assertThat(count("outbox")).isEqualTo(2);
    post(Fixtures.text("telegram/text.json").replace("10000", "10001")
        .replace("Bonjour, une crèche à Maarif pour ma fille de 2 ans", "supprimer mes données"),
        TELEGRAM_SECRET).andExpect(status().isOk());
    assertThat(count("outbox")).isEqualTo(1);
    assertThat(count("contact")).isZero();
    assertThat(count("dialogue")).isZero();
    drain();
    List<JsonNode> messages = sent("sendMessage");
    assertThat(messages).singleElement()
        .satisfies(m -> assertThat(m.get("text").asText()).contains("effacées"));
    assertThat(count("contact")).isZero();
  }

  @Test
  void acceptsEveryRandomUnicodeText() throws Exception {
    ma.hadana.bot.fuzz.RandomTexts texts = new ma.hadana.bot.fuzz.RandomTexts(11L);
    for (int i = 0; i < 60; i++) {
      com.fasterxml.jackson.databind.node.ObjectNode update =
          (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(Fixtures.text("telegram/text.json"));
      update.put("update_id", 20_000 + i);
      ((com.fasterxml.jackson.databind.node.ObjectNode) update.get("message").get("chat")).put("id", 5_000_000 + i);
      ((com.fasterxml.jackson.databind.node.ObjectNode) update.get("message")).put("text", texts.next());
      post(JSON.writeValueAsString(update), TELEGRAM_SECRET).andExpect(status().isOk());
    }
  }

  @Test
  void searchesAroundASharedLocation() throws Exception {
    update("location.json").andExpect(status().isOk());
    drain();
    assertThat(sent("sendMessage")).anySatisfy(m -> assertThat(m.get("text").asText()).contains("Jardin Nour"));
  }

  @Test
  void searchesAroundASharedVenue() throws Exception {
    update("venue.json").andExpect(status().isOk());
    drain();
    assertThat(sent("sendMessage")).anySatisfy(m -> assertThat(m.get("text").asText()).contains("Jardin Nour"));
  }

  @Test
  void readsAButtonPressAsTheAnswerAndShowsThePlaceOnAMap() throws Exception {
    update("text.json");
    drain();
    update("callback_query.json").andExpect(status().isOk());
    drain();
    assertThat(sent("answerCallbackQuery")).singleElement()
        .satisfies(a -> assertThat(a.get("callback_query_id").asText()).isEqualTo("4382bfdwdsb323b2d9"));
    assertThat(sent("sendMessage").get(2).get("text").asText()).contains("Les Petits Anges", "12 rue des Tests");
    JsonNode venue = sent("sendVenue").get(0);
    assertThat(venue.get("title").asText()).isEqualTo("Les Petits Anges");
    assertThat(venue.get("latitude").asDouble()).isEqualTo(33.584);
  }

  @Test
  void keepsTheStartCodeAsAReferralAndGreets() throws Exception {
    update("start_payload.json").andExpect(status().isOk());
    assertThat(jdbc.sql("SELECT referral_code FROM contact").query(String.class).single()).isEqualTo("AMAL_ref-42");
    drain();
    assertThat(sent("sendMessage")).hasSize(2);
    assertThat(sent("sendMessage").get(1).get("text").asText()).contains("Bonjour");
  }

  @Test
  void stopsWithAConfirmationThenSendsNothingUntilStart() throws Exception {
    update("start.json");
    drain();
    update("stop.json").andExpect(status().isOk());
    drain();
    assertThat(contacts.optedOut(Channel.TELEGRAM, "1111111")).isTrue();
    assertThat(sent("sendMessage").get(2).get("text").asText()).contains("START");
    post(Fixtures.text("telegram/text.json").replace("10000", "20000"), TELEGRAM_SECRET);
    drain();
    assertThat(sent("sendMessage")).hasSize(3);
    post(Fixtures.text("telegram/start.json").replace("10005", "20001"), TELEGRAM_SECRET);
    drain();
    assertThat(contacts.optedOut(Channel.TELEGRAM, "1111111")).isFalse();
    assertThat(sent("sendMessage").get(3).get("text").asText()).contains("Bienvenue");
  }

  @Test
  void answersHelp() throws Exception {
    update("help.json").andExpect(status().isOk());
    drain();
    assertThat(sent("sendMessage").get(1).get("text").asText()).contains("/stop")
        .contains("/agent").contains("/bot");
  }

  @Test
  void handlesTheSameUpdateOnce() throws Exception {
    update("text.json").andExpect(status().isOk());
    update("text.json").andExpect(status().isOk());
    assertThat(count("outbox")).isEqualTo(2);
    assertThat(count("conversation_event")).isEqualTo(1);
  }

  @Test
  void ignoresEditedMessagesAndGroupsPolitely() throws Exception {
    update("edited_message.json").andExpect(status().isOk());
    update("group_text.json").andExpect(status().isOk());
    assertThat(count("outbox") + count("contact")).isZero();
  }

  @Test
  void optsOutAChatThatBlocksTheBot() throws Exception {
    update("my_chat_member_kicked.json").andExpect(status().isOk());
    assertThat(contacts.optedOut(Channel.TELEGRAM, "1111111")).isTrue();
  }

  @Test
  void refusesAMissingOrWrongSecretAndTouchesNothing() throws Exception {
    post(Fixtures.text("telegram/text.json"), null).andExpect(status().isUnauthorized());
    post(Fixtures.text("telegram/text.json"), "s3cret_Token-for-test").andExpect(status().isUnauthorized());
    assertThat(count("outbox") + count("contact") + count("inbound_receipt")).isZero();
  }

  @Test
  void refusesMalformedUpdates() throws Exception {
    post("{\"update_id\": 1, \"message\": ", TELEGRAM_SECRET).andExpect(status().isBadRequest());
    post("{\"hello\": \"world\"}", TELEGRAM_SECRET).andExpect(status().isBadRequest());
    post("", TELEGRAM_SECRET).andExpect(status().isBadRequest());
    mvc.perform(MockMvcRequestBuilders.post(PATH)
            .contentType(MediaType.TEXT_PLAIN).header(SECRET_HEADER, TELEGRAM_SECRET).content("hi"))
        .andExpect(status().isUnsupportedMediaType());
    assertThat(count("contact")).isZero();
  }
}
