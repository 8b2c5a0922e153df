package ma.hadana.admin.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Admins see dead letters with masked recipients and put one back in the queue. */
@SpringBootTest
@AutoConfigureMockMvc
class DeadLetterPagesTest {

  private static final RequestPostProcessor ADMIN = user("admin@hadana.test").roles("ADMIN");
  private static final String NUMBER = "+212612345678";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  long id;

  @BeforeEach
  void oneDeadLetter() {
    jdbc.sql("DELETE FROM outbox WHERE idempotency_key = 'dead-sms-1'").update();
    id = jdbc.sql("INSERT INTO outbox (channel, address, payload, idempotency_key, status,"
            + " attempts, next_attempt_at, last_error, dead_letter, created_at, updated_at)"
            + " VALUES ('sms', ?, '{\"text\":\"Crèche Chams, 700 m\"}', 'dead-sms-1', 'dead', 8,"
            + " now(), ?, true, now(), now()) RETURNING id")
        .params(NUMBER, "21211: The 'To' number " + NUMBER + " is not a valid phone number")
        .query(Long.class).single();
  }

  @Test
  void listsDeadLettersWithoutTheAddressOrTheText() throws Exception {
    mvc.perform(get("/outbox").param("lang", "en").with(ADMIN))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("+2126•••••78")))
        .andExpect(content().string(containsString("is not a valid phone number")))
        .andExpect(content().string(not(containsString("612345678"))))
        .andExpect(content().string(not(containsString("Crèche Chams"))))
        .andExpect(content().string(containsString("href=\"/outbox\"")));
  }

  @Test
  void aRetryPutsTheMessageBackInTheQueue() throws Exception {
    mvc.perform(post("/outbox/" + id + "/retry").with(ADMIN).with(csrf()))
        .andExpect(redirectedUrl("/outbox?retried"));
    assertThat(jdbc.sql("SELECT status || '/' || attempts || '/' || dead_letter FROM outbox"
        + " WHERE id = ?").param(id).query(String.class).single()).isEqualTo("pending/0/false");
    mvc.perform(post("/outbox/" + id + "/retry").with(ADMIN).with(csrf()))
        .andExpect(redirectedUrl("/outbox?gone"));
  }

  @Test
  void onlyAdminsMayOpenOrRetryAndOnlyWithACsrfToken() throws Exception {
    for (String role : new String[] {"EDITOR", "SOCIAL_WORKER"}) {
      mvc.perform(get("/outbox").with(user("x").roles(role))).andExpect(status().isForbidden());
      mvc.perform(post("/outbox/" + id + "/retry").with(user("x").roles(role)).with(csrf()))
          .andExpect(status().isForbidden());
    }
    mvc.perform(post("/outbox/" + id + "/retry").with(ADMIN)).andExpect(status().isForbidden());
    assertThat(jdbc.sql("SELECT status FROM outbox WHERE id = ?").param(id).query(String.class)
        .single()).isEqualTo("dead");
  }
}
