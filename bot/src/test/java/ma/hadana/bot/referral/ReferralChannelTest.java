package ma.hadana.bot.referral;

import static ma.hadana.bot.channel.FakeProviders.TWILIO_MESSAGES;
import static ma.hadana.bot.channel.FakeProviders.requests;
import static ma.hadana.bot.channel.FakeProviders.telegram;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ma.hadana.bot.channel.ChannelTest;
import ma.hadana.bot.channel.Contacts;
import ma.hadana.bot.channel.Fixtures;
import ma.hadana.bot.channel.TestCreches;
import ma.hadana.bot.channel.TwilioSigner;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.InboundMessage;
import ma.hadana.bot.conversation.Turn;
import ma.hadana.bot.conversation.dialogue.Conversation;
import ma.hadana.bot.conversation.reply.ReplyVariant;
import ma.hadana.bot.conversation.reply.SmsEncoding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Referrals end to end in the bot: a worker's referral queued in the family's language and sent
 * through the real Twilio SDK to the fake provider; a family linking it with Telegram
 * {@code /start CODE} or by texting the code; unknown codes; forgetting a family.
 */
class ReferralChannelTest extends ChannelTest {

  static final String FAMILY_PHONE = "+212612345678";
  static final String CHAT_ID = "1111111";
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired Referrals referrals;
  @Autowired Contacts contacts;
  @Autowired Conversation conversation;
  long worker;

  @BeforeEach
  void worker() {
    jdbc.sql("DELETE FROM referral").update();
    worker = SocialWorkers.newOne(jdbc);
  }

  Referral refer(Channel channel, String address, ReplyVariant language) {
    return referrals.create(new NewReferral(TestCreches.PETITS_ANGES.id(), worker, channel,
        address, language, 24, EnumSet.of(Need.MEALS), null));
  }

  String referralColumn(long id, String column) {
    return jdbc.sql("SELECT " + column + " FROM referral WHERE id = ?").param(id)
        .query((rs, n) -> rs.getString(1)).list().get(0);
  }

  long history(long id) {
    return jdbc.sql("SELECT count(*) FROM referral_status WHERE referral_id = ?").param(id)
        .query(Long.class).single();
  }

  String sms(String text) throws Exception {
    Map<String, String> params = Fixtures.form("twilio/sms-inbound.form", "MessageSid",
        "SM" + UUID.randomUUID().toString().replace("-", ""), "Body", text, "From", FAMILY_PHONE);
    String path = "/webhooks/twilio/sms";
    return mvc.perform(post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .header("X-Twilio-Signature", TwilioSigner.sign(AUTH_TOKEN, PUBLIC_BASE_URL + path, params))
            .content(Fixtures.encode(params)))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  void onTelegram(String text, int updateId) throws Exception {
    String body = Fixtures.text("telegram/start_payload.json")
        .replace("\"update_id\":10004", "\"update_id\":" + updateId)
        .replace("/start AMAL_ref-42", text);
    mvc.perform(post("/webhooks/telegram").contentType(MediaType.APPLICATION_JSON)
            .header("X-Telegram-Bot-Api-Secret-Token", TELEGRAM_SECRET)
            .content(body.getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isOk());
    while (sendOutbox() > 0) {
      // one message per chat per pass keeps the order
    }
  }

  static List<String> telegramTexts() throws Exception {
    List<String> out = new ArrayList<>();
    for (LoggedRequest r : requests(telegram("sendMessage"))) {
      out.add(JSON.readTree(r.getBodyAsString()).get("text").asText());
    }
    return out;
  }

  @Test
  void aReferralQueuesOneMessageInTheFamilysLanguageAndTheWorkerSendsItWithTwilio()
      throws Exception {
    Referral r = refer(Channel.SMS, FAMILY_PHONE, ReplyVariant.AR);
    assertThat(r.status()).isEqualTo(ReferralStatus.SENT);
    assertThat(r.code()).matches("[A-HJ-NP-Z2-9]{6}");
    assertThat(count("outbox")).isEqualTo(1);
    JsonNode payload = JSON.readTree(jdbc.sql("SELECT payload::text FROM outbox WHERE"
            + " idempotency_key = ? AND channel = 'sms' AND address = ? AND status = 'pending'")
        .params(Referrals.outboxKey(r.id()), FAMILY_PHONE).query(String.class).single());
    String text = payload.get("text").asText();
    assertThat(text).contains("يقترح عليك مرشدك الاجتماعي").contains("Les Petits Anges");
    assertThat(SmsEncoding.encodingOf(text)).isEqualTo(SmsEncoding.Encoding.UCS_2);
    assertThat(SmsEncoding.segments(text)).isLessThanOrEqualTo(3);
    assertThat(referralColumn(r.id(), "sender_key"))
        .isEqualTo(contacts.keyOf(Channel.SMS, FAMILY_PHONE));
    assertThat(history(r.id())).isEqualTo(1);

    assertThat(sendOutbox()).isEqualTo(1);
    assertThat(outboxStatus(Referrals.outboxKey(r.id()))).isEqualTo("sent");
    LoggedRequest sent = requests(TWILIO_MESSAGES).get(0);
    String body = URLDecoder.decode(sent.getBodyAsString(), StandardCharsets.UTF_8);
    assertThat(body).contains("To=" + FAMILY_PHONE).contains("يقترح عليك")
        .contains("Les Petits Anges");
  }

  @Test
  void aFrenchSmsReferralFitsTwoGsmSegments() throws Exception {
    Referral r = refer(Channel.SMS, FAMILY_PHONE, ReplyVariant.FR);
    String text = JSON.readTree(jdbc.sql("SELECT payload::text FROM outbox WHERE idempotency_key = ?")
        .param(Referrals.outboxKey(r.id())).query(String.class).single()).get("text").asText();
    assertThat(text).startsWith("Hadana : votre travailleur social").contains("Les Petits Anges");
    // TWILIO_FROM (hadana.twilio.from) is a number: the family learns where to text its code.
    assertThat(text).contains("Envoyez " + r.code() + " par SMS au +15005550006");
    assertThat(SmsEncoding.encodingOf(text)).isEqualTo(SmsEncoding.Encoding.GSM_7);
    assertThat(SmsEncoding.segments(text)).isLessThanOrEqualTo(2);
  }

  @Test
  void aTelegramReferralSendsNothingUntilTheFamilyFollowsTheLink() throws Exception {
    Referral r = refer(null, null, ReplyVariant.EN);
    assertThat(count("outbox")).isZero();
    assertThat(r.channel()).isNull();

    onTelegram("/start " + r.code(), 30_001);

    assertThat(telegramTexts()).anySatisfy(t -> assertThat(t)
        .startsWith("Here is the crèche your social worker suggests").contains("Les Petits Anges"));
    assertThat(requests(telegram("sendVenue"))).hasSize(1);
    assertThat(referralColumn(r.id(), "status")).isEqualTo("contacted");
    assertThat(referralColumn(r.id(), "channel")).isEqualTo("telegram");
    assertThat(referralColumn(r.id(), "sender_key"))
        .isEqualTo(contacts.keyOf(Channel.TELEGRAM, CHAT_ID));
    assertThat(history(r.id())).isEqualTo(2);
    assertThat(jdbc.sql("SELECT language FROM contact WHERE channel = 'telegram'")
        .query(String.class).single()).isEqualTo("en");
  }

  @Test
  void aFamilyTextingItsCodeGetsTheCrecheInItsLanguage() throws Exception {
    Referral r = refer(null, null, ReplyVariant.FR);
    String code = r.code();
    String twiml = sms(code.substring(0, 3).toLowerCase() + "-" + code.substring(3));
    assertThat(twiml).contains("Voici la crèche que votre travailleur social vous propose")
        .contains("Les Petits Anges");
    assertThat(referralColumn(r.id(), "status")).isEqualTo("contacted");
    assertThat(referralColumn(r.id(), "channel")).isEqualTo("sms");
    assertThat(referralColumn(r.id(), "address")).isNull();
    assertThat(history(r.id())).isEqualTo(2);
    // Texting it again answers again without a second history row.
    assertThat(sms(code)).contains("Les Petits Anges");
    assertThat(history(r.id())).isEqualTo(2);
  }

  @Test
  void anUnknownCodeGetsAHelpfulReplyAndOrdinaryMessagesStillSearch() throws Exception {
    onTelegram("/start ZZ22ZZ", 30_002);
    assertThat(telegramTexts()).anySatisfy(t -> assertThat(t).startsWith("Code inconnu")
        .contains("رمز غير معروف").contains("Unknown code"));
    assertThat(sms("une crèche à Maarif pour 2 ans")).contains("Les Petits Anges")
        .doesNotContain("code");
    // A family whose language Hadana knows is answered in it.
    assertThat(sms("ZZ 33 ZZ")).contains("Ce code ne correspond à aucune orientation en cours");
    assertThat(sms("Casa 24")).doesNotContain("code");
  }

  @Test
  void aClosedReferralsCodeNoLongerLinks() throws Exception {
    Referral r = refer(null, null, ReplyVariant.FR);
    assertThat(referrals.updateStatus(r.id(), ReferralStatus.CLOSED, null, worker)).isTrue();
    assertThat(sms(r.code())).contains("Code inconnu");
    assertThat(referralColumn(r.id(), "sender_key")).isNull();
  }

  @Test
  void forgettingTheFamilyClearsItsReferralsContactFields() throws Exception {
    Referral r = refer(Channel.SMS, FAMILY_PHONE, ReplyVariant.FR);
    assertThat(referralColumn(r.id(), "address")).isEqualTo(FAMILY_PHONE);
    assertThat(sms("SUPPRIMER")).contains("effacées");
    assertThat(referralColumn(r.id(), "address")).isNull();
    assertThat(referralColumn(r.id(), "sender_key")).isNull();
    assertThat(referralColumn(r.id(), "status")).isEqualTo("sent");
    assertThat(count("outbox")).isZero();
  }

  @Test
  void aCodeTriedInTheSimulatorShowsTheCrecheButLeavesTheReferralAlone() {
    Referral r = refer(Channel.SMS, FAMILY_PHONE, ReplyVariant.FR);
    String familyKey = referralColumn(r.id(), "sender_key");

    Turn turn = conversation.handle(new InboundMessage(Channel.SMS, "simulator-" + UUID.randomUUID(),
        r.code().toLowerCase(), null, Instant.now()));

    assertThat(turn.replies()).isNotEmpty();
    assertThat(turn.replies().get(turn.replies().size() - 1).text()).contains("Les Petits Anges");
    assertThat(referralColumn(r.id(), "status")).isEqualTo("sent");
    assertThat(referralColumn(r.id(), "sender_key")).isEqualTo(familyKey);
    assertThat(history(r.id())).isEqualTo(1);
  }
}
