package ma.hadana.bot.channel.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import ma.hadana.bot.channel.ChannelTest;
import ma.hadana.bot.channel.Fixtures;
import ma.hadana.bot.channel.TwilioSigner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Webhooks that arrive together are answered in shared transactions, each as it would be alone;
 * a redelivery among them is answered empty.
 */
class TwilioBatchTest extends ChannelTest {

  private static final String SMS = TwilioWebhookTest.SMS;
  private static final List<String> DIALOGUE = List.of("creche a Maarif pour mon fils de 2 ans",
      "plus", "1");

  @Autowired MeterRegistry registry;
  private final ExecutorService pool = Executors.newFixedThreadPool(12);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  private Map<String, String> form(String sid, String from, String text) {
    return Fixtures.form("twilio/sms-inbound.form", "MessageSid", sid, "From", from, "Body", text);
  }

  private String send(Map<String, String> params) throws Exception {
    return mvc.perform(post(SMS)
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .header("X-Twilio-Signature", TwilioSigner.sign(AUTH_TOKEN, PUBLIC_BASE_URL + SMS, params))
            .content(Fixtures.encode(params)))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
  }

  /** Posts all at once (released together) and returns the answers in the same order. */
  private List<String> burst(List<Map<String, String>> webhooks) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<String>> answers = new ArrayList<>();
    for (Map<String, String> w : webhooks) {
      Callable<String> call = () -> {
        go.await();
        return send(w);
      };
      answers.add(pool.submit(call));
    }
    go.countDown();
    List<String> out = new ArrayList<>();
    for (Future<String> a : answers) {
      out.add(a.get(60, TimeUnit.SECONDS));
    }
    return out;
  }

  private double largestBatch() {
    return registry.find("hadana.batch.messages").summaries().stream()
        .mapToDouble(DistributionSummary::max).max().orElse(0);
  }

  @Test
  void aBurstIsAnsweredAsEachMessageWouldBeAlone() throws Exception {
    List<String> alone = new ArrayList<>();
    for (String text : DIALOGUE) {
      alone.add(send(form(TwilioWebhookTest.newSid(), "+212600009000", text)));
    }
    assertThat(alone.get(0)).contains("<Message>");
    for (String text : DIALOGUE) {
      List<Map<String, String>> webhooks = new ArrayList<>();
      for (int s = 0; s < 12; s++) {
        webhooks.add(form(TwilioWebhookTest.newSid(), "+2126000091" + String.format("%02d", s), text));
      }
      assertThat(burst(webhooks)).containsOnly(alone.get(DIALOGUE.indexOf(text)));
    }
    assertThat(largestBatch()).as("messages in the largest transaction").isGreaterThan(1);
    assertThat(count("inbound_receipt")).isEqualTo(13L * DIALOGUE.size());
    assertThat(count("dialogue")).isEqualTo(13);
  }

  @Test
  void aRedeliveryAmongNewMessagesIsAnsweredEmptyAndOnlyOnce() throws Exception {
    Map<String, String> first = form(TwilioWebhookTest.newSid(), "+212600009200", DIALOGUE.get(0));
    String answered = send(first);
    assertThat(answered).contains("<Message>");
    long events = count("conversation_event");
    for (int round = 0; round < 5; round++) {
      List<Map<String, String>> webhooks = new ArrayList<>();
      webhooks.add(first);
      for (int s = 0; s < 7; s++) {
        webhooks.add(form(TwilioWebhookTest.newSid(), "+21260000921" + s, "bonjour " + round));
      }
      List<String> answers = burst(webhooks);
      assertThat(answers.get(0)).endsWith("<Response/>");
      assertThat(answers.subList(1, answers.size())).allMatch(a -> a.contains("<Message>"));
    }
    assertThat(jdbc.sql("SELECT count(*) FROM inbound_receipt WHERE provider_id = ?")
        .params(first.get("MessageSid")).query(Long.class).single()).isEqualTo(1);
    // The redelivered search was never searched again: greetings record no event.
    assertThat(count("conversation_event")).isEqualTo(events);
  }
}
