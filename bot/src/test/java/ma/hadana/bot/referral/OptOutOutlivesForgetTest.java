package ma.hadana.bot.referral;

import static ma.hadana.bot.channel.FakeProviders.TWILIO_MESSAGES;
import static ma.hadana.bot.channel.FakeProviders.requests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import ma.hadana.bot.channel.ChannelTest;
import ma.hadana.bot.channel.Contacts;
import ma.hadana.bot.channel.Fixtures;
import ma.hadana.bot.channel.TestCreches;
import ma.hadana.bot.channel.TwilioSigner;
import ma.hadana.bot.channel.outbox.Outbox;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.Reply;
import ma.hadana.bot.conversation.reply.ReplyVariant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * STOP then a deletion request: the contact's data goes but its opt-out stays (a bare row, keyed
 * by the sender hash only), so referrals and other proactive messages are not sent until START.
 */
class OptOutOutlivesForgetTest extends ChannelTest {

  static final String PHONE = "+212698765432";

  @Autowired Referrals referrals;
  @Autowired Contacts contacts;
  @Autowired Outbox outbox;
  long worker;

  @BeforeEach
  void worker() {
    jdbc.sql("DELETE FROM referral").update();
    worker = SocialWorkers.newOne(jdbc);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SUPPRIMER", "DELETE", "احذف", "مسح"})
  void aStoppedContactThatAsksToBeForgottenStaysOptedOutUntilStart(String forget)
      throws Exception {
    sms("creche sidi moumen pour ma fille de 2 ans");
    assertThat(sms("STOP")).contains("<Message>");
    assertThat(sms(forget)).contains("<Message>"); // the deletion is confirmed
    String key = contacts.keyOf(Channel.SMS, PHONE);
    assertThat(jdbc.sql("SELECT count(*) FROM dialogue WHERE sender_key = ?").param(key)
        .query(Long.class).single()).isZero();
    assertThat(jdbc.sql("SELECT opted_out AND language IS NULL AND NOT language_chosen"
            + " AND referral_code IS NULL AND first_seen = last_seen FROM contact"
            + " WHERE channel = 'sms' AND sender_key = ?").param(key)
        .query(Boolean.class).single()).isTrue();
    assertThat(contacts.optedOut(Channel.SMS, PHONE)).isTrue();

    Referral r = refer();
    outbox.enqueue(Channel.SMS, PHONE, new Reply("fr", "inbox reply", null, "GSM-7", 1, null),
        "proactive-" + forget);
    int before = requests(TWILIO_MESSAGES).size();
    sendOutbox();
    sendOutbox(); // one message per recipient and pass
    assertThat(outboxStatus(Referrals.outboxKey(r.id()))).isEqualTo("opted_out");
    assertThat(outboxStatus("proactive-" + forget)).isEqualTo("opted_out");
    assertThat(requests(TWILIO_MESSAGES)).hasSize(before);
    assertThat(sms("bonjour")).doesNotContain("<Message>"); // still opted out: no answer

    assertThat(sms("START")).contains("<Message>");
    assertThat(contacts.optedOut(Channel.SMS, PHONE)).isFalse();
    Referral again = refer();
    sendOutbox();
    assertThat(outboxStatus(Referrals.outboxKey(again.id()))).isEqualTo("sent");
    assertThat(requests(TWILIO_MESSAGES)).hasSize(before + 1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SUPPRIMER", "DELETE"})
  void aContactThatNeverStoppedIsDeletedWhole(String forget) throws Exception {
    sms("bonjour");
    sms(forget);
    assertThat(count("contact")).isZero();
    Referral r = refer();
    sendOutbox();
    assertThat(outboxStatus(Referrals.outboxKey(r.id()))).isEqualTo("sent");
  }

  Referral refer() {
    return referrals.create(new NewReferral(TestCreches.PETITS_ANGES.id(), worker, Channel.SMS,
        PHONE, ReplyVariant.FR, 24, EnumSet.of(Need.MEALS), null));
  }

  String sms(String text) throws Exception {
    Map<String, String> params = Fixtures.form("twilio/sms-inbound.form", "MessageSid",
        "SM" + UUID.randomUUID().toString().replace("-", ""), "Body", text, "From", PHONE);
    String path = "/webhooks/twilio/sms";
    return mvc.perform(post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .header("X-Twilio-Signature",
                TwilioSigner.sign(AUTH_TOKEN, PUBLIC_BASE_URL + path, params))
            .content(Fixtures.encode(params)))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }
}
