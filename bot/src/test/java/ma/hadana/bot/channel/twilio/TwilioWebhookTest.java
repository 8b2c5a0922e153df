package ma.hadana.bot.channel.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import ma.hadana.bot.channel.ChannelTest;
import ma.hadana.bot.channel.Fixtures;
import ma.hadana.bot.channel.TwilioSigner;
import ma.hadana.bot.channel.outbox.Outbox;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

class TwilioWebhookTest extends ChannelTest {

  static final String SMS = "/webhooks/twilio/sms";

  @Autowired MeterRegistry registry;

  static String newSid() {
    byte[] b = new byte[16];
    ThreadLocalRandom.current().nextBytes(b);
    return "SM" + HexFormat.of().formatHex(b);
  }

  ResultActions signed(String path, Map<String, String> params) throws Exception {
    return mvc.perform(post(path)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .header("X-Twilio-Signature", TwilioSigner.sign(AUTH_TOKEN, PUBLIC_BASE_URL + path, params))
        .content(Fixtures.encode(params)));
  }

  String say(String fixture, String text) throws Exception {
    return signed(SMS, Fixtures.form(fixture, "MessageSid", newSid(), "Body", text))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void answersAFirstSmsWithThePrivacyLineAndTheResultsAsTwiml() throws Exception {
    String twiml = signed(SMS, Fixtures.form("twilio/sms-inbound.form"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "text/xml;charset=UTF-8"))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(twiml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Message>");
    assertThat(twiml.split("<Message>", -1)).hasSize(3);
    assertThat(twiml).contains("Les Petits Anges").contains("Jardin Nour");
    assertThat(jdbc.sql("SELECT channel FROM contact").query(String.class).single()).isEqualTo("sms");
  }

  @Autowired Outbox outbox;

  /**
   * Twilio posts valid UTF-8, so lone surrogates become U+FFFD as on the wire. '%' is left out
   * here only: MockMvc's form handling mangles it (403), while a real Tomcat answers "50%" with 200.
   */
  private static String wellFormed(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)
        .replace('%', ' ');
  }

  @Test
  void answersEveryRandomUnicodeBodyWithTwiml() throws Exception {
    ma.hadana.bot.fuzz.RandomTexts texts = new ma.hadana.bot.fuzz.RandomTexts(7L);
    for (int i = 0; i < 60; i++) {
      String body = wellFormed(texts.next());
      Map<String, String> params = Fixtures.form("twilio/sms-inbound.form", "MessageSid", newSid(),
          "Body", body.length() > 1_600 ? body.substring(0, 1_600) : body,
          "From", "+2126000" + String.format("%05d", i));
      signed(SMS, params).andExpect(status().isOk());
    }
  }

  @Test
  void deleteMyDataForgetsTheNumberAndConfirmsInTheTwiml() throws Exception {
    say("twilio/sms-inbound.form", "Bonjour, une crèche à Maarif");
    outbox.enqueue(Channel.SMS, "+212612345678",
        new Reply("fr", "Un rappel", java.util.List.of(), "GSM-7", 1, null), "console:reminder:1");
    assertThat(count("outbox")).isEqualTo(1);
    String twiml = say("twilio/sms-inbound.form", "supprimer mes données");
    assertThat(twiml).contains("effacées");
    assertThat(count("outbox") + count("contact") + count("dialogue")).isZero();
  }

  @Test
  void repliesInArabicInUtf8WhenAskedInArabic() throws Exception {
    String twiml = say("twilio/sms-inbound-arabic.form", "أبحث عن حضانة في المعاريف");
    assertThat(twiml).contains("المعاريف");
  }

  @Test
  void answersTheSameMessageSidOnce() throws Exception {
    Map<String, String> params = Fixtures.form("twilio/sms-inbound.form");
    signed(SMS, params).andExpect(status().isOk());
    long events = count("conversation_event");
    signed(SMS, params)
        .andExpect(status().isOk())
        .andExpect(content().string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>"));
    assertThat(count("conversation_event")).isEqualTo(events);
    assertThat(count("inbound_receipt")).isEqualTo(1);
  }

  @Test
  void answersTwoSimultaneousDeliveriesOfOneMessageSidOnce() throws Exception {
    long events = count("conversation_event");
    signed(SMS, Fixtures.form("twilio/sms-inbound.form", "MessageSid", newSid(),
        "From", "+212600000076", "Body", "creche a Maarif")).andExpect(status().isOk());
    long oneStep = count("conversation_event") - events; // what one delivery records
    assertThat(oneStep).isPositive();
    Map<String, String> params = Fixtures.form("twilio/sms-inbound.form", "MessageSid", newSid(),
        "From", "+212600000077", "Body", "creche a Maarif");
    double turns = turns();
    events = count("conversation_event");
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        answers.add(pool.submit(() -> {
          start.await();
          return signed(SMS, params).andExpect(status().isOk())
              .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        }));
      }
      start.countDown();
      List<String> bodies = new ArrayList<>();
      for (Future<String> a : answers) {
        bodies.add(a.get(60, TimeUnit.SECONDS));
      }
      assertThat(bodies).filteredOn(b -> b.contains("<Message>")).hasSize(1);
      assertThat(bodies).filteredOn(b -> b.endsWith("<Response/>")).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(count("conversation_event") - events).isEqualTo(oneStep);
    assertThat(turns()).isEqualTo(turns + 1);
    assertThat(jdbc.sql("SELECT count(*) FROM inbound_receipt WHERE provider_id = ?")
        .params(params.get("MessageSid")).query(Long.class).single()).isEqualTo(1);
  }

  private double turns() {
    return registry.find("hadana.messages.in").counters().stream().mapToDouble(Counter::count)
        .sum();
  }

  @Test
  void refusesAForgedSignatureAndTouchesNothing() throws Exception {
    Map<String, String> params = Fixtures.form("twilio/sms-inbound.form");
    mvc.perform(post(SMS).contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .header("X-Twilio-Signature", TwilioSigner.sign("forged-token-forged-token-123456", PUBLIC_BASE_URL + SMS, params))
            .content(Fixtures.encode(params)))
        .andExpect(status().isForbidden());
    mvc.perform(post(SMS).contentType(MediaType.APPLICATION_FORM_URLENCODED).content(Fixtures.encode(params)))
        .andExpect(status().isForbidden());
    assertThat(count("contact") + count("inbound_receipt") + count("dialogue")).isZero();
  }

  @Test
  void checksTheSignatureAgainstThePublicUrlNotTheHostHeader() throws Exception {
    Map<String, String> params = Fixtures.form("twilio/sms-inbound.form");
    mvc.perform(post(SMS).contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .header("Host", "evil.example")
            .header("X-Twilio-Signature", TwilioSigner.sign(AUTH_TOKEN, "http://evil.example" + SMS, params))
            .content(Fixtures.encode(params)))
        .andExpect(status().isForbidden());
    mvc.perform(post(SMS).contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .header("Host", "internal:8080")
            .header("X-Twilio-Signature", TwilioSigner.sign(AUTH_TOKEN, PUBLIC_BASE_URL + SMS, params))
            .content(Fixtures.encode(params)))
        .andExpect(status().isOk());
  }

  @Test
  void refusesAWebhookSignedForAnotherAccount() throws Exception {
    signed(SMS, Fixtures.form("twilio/sms-inbound.form", "AccountSid", "AC" + "f".repeat(32)))
        .andExpect(status().isForbidden());
  }

  @Test
  void refusesMalformedWebhooks() throws Exception {
    signed(SMS, Fixtures.form("twilio/sms-inbound.form", "MessageSid", "")).andExpect(status().isBadRequest());
    signed(SMS, Fixtures.form("twilio/sms-inbound.form", "From", "not a number")).andExpect(status().isBadRequest());
    signed(SMS, Map.of("AccountSid", ACCOUNT_SID)).andExpect(status().isBadRequest());
    signed(SMS, Map.of()).andExpect(status().isForbidden()); // no AccountSid: not ours
    mvc.perform(post(SMS).contentType(MediaType.APPLICATION_JSON).content("{\"Body\":\"hi\"}"))
        .andExpect(status().isUnsupportedMediaType());
    assertThat(count("contact")).isZero();
  }

  @Test
  void answersWhatsappOnWhatsapp() throws Exception {
    String twiml = say("twilio/whatsapp-inbound.form", "salam");
    assertThat(twiml.split("<Message>", -1)).hasSize(3);
    assertThat(jdbc.sql("SELECT channel FROM contact").query(String.class).single()).isEqualTo("whatsapp");
  }

  @Test
  void searchesAroundALocationSharedOnWhatsapp() throws Exception {
    String twiml = signed(SMS, Fixtures.form("twilio/whatsapp-location.form"))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(twiml).contains("Les Petits Anges");
  }

  @Test
  void sendsNothingAfterStopUntilStart() throws Exception {
    say("twilio/sms-inbound.form", "bonjour");
    assertThat(say("twilio/sms-inbound.form", "STOP")).contains("<Message>");
    assertThat(say("twilio/sms-inbound.form", "crèche Maarif")).endsWith("<Response/>");
    assertThat(jdbc.sql("SELECT opted_out FROM contact").query(Boolean.class).single()).isTrue();
    assertThat(say("twilio/sms-inbound.form", "START")).contains("<Message>");
    assertThat(say("twilio/sms-inbound.form", "crèche Maarif")).contains("Les Petits Anges");
  }
}
