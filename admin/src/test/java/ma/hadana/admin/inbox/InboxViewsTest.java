package ma.hadana.admin.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The inbox's "mine" view (taken by the signed-in worker) and its recently closed view. */
@SpringBootTest
@AutoConfigureMockMvc
class InboxViewsTest {

  private static final String SALMA = "salma.views@hadana.test";
  private static final String KARIM = "karim.views@hadana.test";
  private static final String LINA = "lina.views@hadana.test";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  private long amina;
  private long youssef;

  private static RequestPostProcessor worker(String email) {
    return user(email).roles("SOCIAL_WORKER");
  }

  @BeforeEach
  void twoOpenHandovers() {
    jdbc.sql("TRUNCATE handover, handover_message, outbox").update();
    for (String email : new String[] {SALMA, KARIM, LINA}) {
      jdbc.sql("INSERT INTO console_user (email, password_hash, role)"
          + " VALUES (?, 'x', 'SOCIAL_WORKER') ON CONFLICT (email) DO NOTHING").params(email)
          .update();
    }
    amina = Handovers.aminaAskedForAPerson(jdbc);
    youssef = Handovers.youssefReportedAnObstacle(jdbc);
  }

  private String page(String view, String email) throws Exception {
    return mvc.perform(get("/inbox").param("view", view).param("lang", "en").with(worker(email)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
  }

  private static String row(long id) {
    return "data-id=\"" + id + "\"";
  }

  @Test
  void mineListsOnlyTheOpenConversationsTheSignedInWorkerTook() throws Exception {
    mvc.perform(post("/inbox/" + amina + "/take").with(worker(SALMA)).with(csrf()))
        .andExpect(redirectedUrl("/inbox/" + amina + "?taken"));
    mvc.perform(post("/inbox/" + youssef + "/take").with(worker(KARIM)).with(csrf()))
        .andExpect(redirectedUrl("/inbox/" + youssef + "?taken"));

    assertThat(page("mine", SALMA)).contains(row(amina), "aria-current=\"page\">Mine</a>")
        .doesNotContain(row(youssef));
    assertThat(page("mine", KARIM)).contains(row(youssef)).doesNotContain(row(amina));
    assertThat(page("mine", LINA)).contains("You have not taken any open conversation.")
        .doesNotContain(row(amina), row(youssef));
    assertThat(page("open", LINA)).contains(row(amina), row(youssef));

    mvc.perform(post("/inbox/" + amina + "/close").with(worker(SALMA)).with(csrf()));
    assertThat(page("mine", SALMA)).doesNotContain(row(amina));
  }

  @Test
  void closedConversationsAreListedMostRecentFirstAndReadOnly() throws Exception {
    mvc.perform(post("/inbox/" + youssef + "/close").with(worker(KARIM)).with(csrf()))
        .andExpect(redirectedUrl("/inbox?closed"));
    jdbc.sql("UPDATE handover SET closed_at = closed_at - interval '1 hour' WHERE id = ?")
        .params(youssef).update();
    mvc.perform(post("/inbox/" + amina + "/close").with(worker(SALMA)).with(csrf()))
        .andExpect(redirectedUrl("/inbox?closed"));
    long byTheFamily = closedDaysAgo(2, null);
    long expired = closedDaysAgo(31, null);

    String closed = page("closed", LINA);
    assertThat(closed).contains("Recently closed", "Conversations closed in the last 30 days",
        SALMA, KARIM, "Automatically (the family wrote BOT or /bot, or no activity)", row(byTheFamily))
        .doesNotContain(row(expired));
    assertThat(closed.indexOf(row(amina))).isLessThan(closed.indexOf(row(youssef)));
    assertThat(closed.indexOf(row(youssef))).isLessThan(closed.indexOf(row(byTheFamily)));
    assertThat(page("open", LINA)).doesNotContain(row(amina), row(youssef), row(byTheFamily));

    String thread = mvc.perform(get("/inbox/" + amina).param("lang", "en").with(worker(LINA)))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(thread).contains("id=\"inbox-read-only\"", "by " + SALMA + ": read only",
        "jcherche creche pr ma fille 2ans vers sidi moumen", "href=\"/inbox?view=closed\"")
        .doesNotContain("reply-text", "id=\"take\"", "id=\"close\"");
    mvc.perform(post("/inbox/" + amina + "/reply").with(worker(LINA)).with(csrf())
        .param("text", "encore")).andExpect(redirectedUrl("/inbox/" + amina + "?notOpen"));
    mvc.perform(get("/inbox/" + expired).with(worker(LINA))).andExpect(status().isNotFound());
  }

  @Test
  void anUnknownViewIsABadRequestAndEditorsSeeNoView() throws Exception {
    mvc.perform(get("/inbox").param("view", "everything").with(worker(LINA)))
        .andExpect(status().isBadRequest());
    for (String view : new String[] {"mine", "closed"}) {
      mvc.perform(get("/inbox").param("view", view).with(user("e@hadana.test").roles("EDITOR")))
          .andExpect(status().isForbidden());
    }
  }

  /** A handover the family closed (wrote BOT) or that retention closed, some days ago. */
  private long closedDaysAgo(int days, Long by) {
    Timestamp at = Timestamp.from(Instant.now().minus(Duration.ofDays(days)));
    long id = jdbc.sql("INSERT INTO handover (channel, sender_key, language, reason, state,"
            + " opened_at, last_message_at, closed_at, closed_by)"
            + " VALUES ('sms', ?, 'fr', 'human', 'closed', ?, ?, ?, ?) RETURNING id")
        .params("closed-" + days, at, at, at, by).query(Long.class).single();
    jdbc.sql("INSERT INTO handover_message (handover_id, direction, text, at)"
        + " VALUES (?, 'in', 'merci', ?)").params(id, at).update();
    return id;
  }
}
