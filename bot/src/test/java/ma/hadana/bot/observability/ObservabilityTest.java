package ma.hadana.bot.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.InboundMessage;
import ma.hadana.bot.conversation.dialogue.Conversation;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.search.CrecheSearch;
import ma.hadana.registry.search.DemoCreches;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Prometheus metrics and the readiness group, through the actuator. */
@SpringBootTest
@AutoConfigureMockMvc
class ObservabilityTest {

  private static final String PHONE = "+212612345678";

  @Autowired MockMvc mvc;
  @Autowired Conversation conversation;
  @Autowired CrecheRepository repository;
  @Autowired CrecheSearch search;

  @Test
  void exposesMessageSearchUnderstandingAndOutboxMetricsWithoutTextOrSender() throws Exception {
    DemoCreches.loadInto(repository, search);
    say("une crèche à Sidi Moumen pour mon fils de 2 ans");
    say("xqzv wplk");

    String body = mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

    assertThat(body)
        .contains("hadana_messages_in_total{channel=\"sms\",language=\"fr\"}")
        .contains("hadana_messages_out_total{channel=\"sms\",language=\"fr\"}")
        .contains("hadana_understanding_unknown_total{channel=\"sms\"")
        .contains("hadana_search_seconds_count")
        .contains("hadana_outbox_depth{channel=\"telegram\"}")
        .contains("hadana_outbox_oldest_age_seconds{channel=\"whatsapp\"}")
        .doesNotContain("Moumen").doesNotContain(PHONE).doesNotContain("observability-sender");
  }

  @Test
  void isReadyOnlyWithTheDatabaseTheGazetteerAndTheIndex() throws Exception {
    mvc.perform(get("/actuator/health/readiness"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.components.db.status").value("UP"))
        .andExpect(jsonPath("$.components.gazetteer.status").value("UP"))
        .andExpect(jsonPath("$.components.crecheIndex.status").value("UP"));
  }

  private void say(String text) {
    conversation.handle(new InboundMessage(Channel.SMS, "observability-sender", text, null,
        Instant.now()));
  }
}
