package ma.hadana.bot.channel.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import ma.hadana.bot.channel.ChannelTest;
import ma.hadana.bot.channel.Contacts;
import ma.hadana.bot.channel.Fixtures;
import ma.hadana.bot.channel.TwilioSigner;
import ma.hadana.bot.channel.outbox.Outbox;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

class TwilioStatusTest extends ChannelTest {

  static final String STATUS = "/webhooks/twilio/status";

  @Autowired
  Outbox outbox;
  @Autowired
  Contacts contacts;

  ResultActions signed(Map<String, String> params) throws Exception {
    return mvc.perform(post(STATUS)
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .header("X-Twilio-Signature", TwilioSigner.sign(AUTH_TOKEN, PUBLIC_BASE_URL + STATUS, params))
        .content(Fixtures.encode(params)));
  }

  @Test
  void recordsTheDeliveryOfAnOutboxMessageAndNeverGoesBack() throws Exception {
    outbox.enqueue(Channel.SMS, "+212612345678", new Reply("fr", "Rappel", List.of(), "GSM-7", 1, null), "status-1");
    sendOutbox();
    assertThat(outbox.find("status-1").orElseThrow().providerMessageId())
        .isEqualTo("SMdeadbeefdeadbeefdeadbeefdeadbeef");
    signed(Fixtures.form("twilio/status-delivered.form")).andExpect(status().isNoContent());
    signed(Fixtures.form("twilio/status-delivered.form", "MessageStatus", "sent", "SmsStatus", "sent"))
        .andExpect(status().isNoContent());
    assertThat(outbox.find("status-1").orElseThrow().deliveryStatus()).isEqualTo("delivered");
  }

  @Test
  void optsOutARecipientReportedAsUnsubscribed() throws Exception {
    signed(Fixtures.form("twilio/status-failed-21610.form")).andExpect(status().isNoContent());
    assertThat(contacts.optedOut(Channel.SMS, "+212611111111")).isTrue();
  }

  @Test
  void refusesUnsignedOrMalformedStatuses() throws Exception {
    Map<String, String> params = Fixtures.form("twilio/status-failed-21610.form");
    mvc.perform(post(STATUS).contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .header("X-Twilio-Signature", "bm90IGEgc2lnbmF0dXJl").content(Fixtures.encode(params)))
        .andExpect(status().isForbidden());
    assertThat(contacts.optedOut(Channel.SMS, "+212611111111")).isFalse();
    signed(Fixtures.form("twilio/status-delivered.form", "MessageStatus", "")).andExpect(status().isBadRequest());
  }
}
