package ma.hadana.bot.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ma.hadana.bot.channel.outbox.Outbox;
import ma.hadana.bot.channel.outbox.OutboxWorker;
import ma.hadana.bot.conversation.Channel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Without credentials (the defaults; the build clears the provider variables) the bot starts,
 * its webhooks answer 404 and queued messages wait. Same configuration as the other plain
 * {@code @SpringBootTest}s, so they share one context.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DisabledChannelsTest {

  @Autowired MockMvc mvc;
  @Autowired Outbox outbox;
  @Autowired OutboxWorker worker;

  @Test
  void startsWithEveryWebhookAnswering404() throws Exception {
    String form = Fixtures.text("twilio/sms-inbound.form");
    mvc.perform(post("/webhooks/twilio/sms").contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .header("X-Twilio-Signature", "x").content(form)).andExpect(status().isNotFound());
    mvc.perform(post("/webhooks/twilio/status").contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .content(form)).andExpect(status().isNotFound());
    mvc.perform(post("/webhooks/telegram").contentType(MediaType.APPLICATION_JSON)
        .header("X-Telegram-Bot-Api-Secret-Token", "x").content(Fixtures.text("telegram/text.json")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
  }

  @Test
  void keepsMessagesForAChannelThatCannotSendYet() {
    outbox.enqueue(Channel.SMS, "+212612345678", OutboxTestSupport.reply("Bonjour"), "waiting-1");
    worker.runOnce();
    assertThat(outbox.find("waiting-1").orElseThrow().status()).isEqualTo("pending");
  }
}
