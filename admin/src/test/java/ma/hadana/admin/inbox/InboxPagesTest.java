package ma.hadana.admin.inbox;

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

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The inbox pages: list, read, reply through the outbox, take, close, and who may do it. */
@SpringBootTest
@AutoConfigureMockMvc
class InboxPagesTest {

  private static final String WORKER = "salma.sw@hadana.test";
  private static final RequestPostProcessor SOCIAL_WORKER = user(WORKER).roles("SOCIAL_WORKER");
  private static final RequestPostProcessor EDITOR = user("editor@hadana.test").roles("EDITOR");

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  private long amina;
  private long youssef;

  @BeforeEach
  void twoOpenHandovers() {
    jdbc.sql("TRUNCATE handover, handover_message, outbox").update();
    jdbc.sql("INSERT INTO console_user (email, password_hash, role)"
        + " VALUES (?, 'x', 'SOCIAL_WORKER') ON CONFLICT (email) DO NOTHING").params(WORKER).update();
    amina = Handovers.aminaAskedForAPerson(jdbc);
    youssef = Handovers.youssefReportedAnObstacle(jdbc);
  }

  @Test
  void listsOpenHandoversOldestFirstWithReasonChannelLanguageAndWaitingTime() throws Exception {
    String page = mvc.perform(get("/inbox").param("lang", "en").with(SOCIAL_WORKER))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Inbox (2)")))
        .andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Obstacle reported", " · papers", "Telegram", "Darija (Arabic letters)",
        "3 h", "Asked for a person", "SMS", "French", "90 min");
    assertThat(page.indexOf("data-id=\"" + youssef + "\""))
        .isLessThan(page.indexOf("data-id=\"" + amina + "\""));
  }

  @Test
  void showsTheExchangeAndAReplyFormInTheFamilysLanguage() throws Exception {
    mvc.perform(get("/inbox/" + amina).param("lang", "fr").with(SOCIAL_WORKER))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("jcherche creche pr ma fille 2ans")))
        .andExpect(content().string(containsString("La famille écrit en français")))
        .andExpect(content().string(containsString("160 caractères latins")))
        .andExpect(content().string(containsString("name=\"_csrf\"")));
  }

  @Test
  void aReplyIsQueuedOnTheFamilysChannelAndKeptInTheExchange() throws Exception {
    mvc.perform(post("/inbox/" + amina + "/reply").with(SOCIAL_WORKER).with(csrf())
            .param("text", "Bonjour Amina, ici Salma. Je vous appelle demain ?"))
        .andExpect(redirectedUrl("/inbox/" + amina + "?sent"));

    Map<String, Object> row = jdbc.sql("SELECT channel, address, payload->>'text' AS text, status"
        + " FROM outbox").query().singleRow();
    assertThat(row).containsEntry("channel", "sms").containsEntry("address", "+212600000042")
        .containsEntry("text", "Bonjour Amina, ici Salma. Je vous appelle demain ?")
        .containsEntry("status", "pending");
    assertThat(jdbc.sql("SELECT m.direction || '|' || u.email FROM handover_message m"
            + " JOIN console_user u ON u.id = m.author WHERE m.handover_id = ?")
        .params(amina).query(String.class).list()).containsExactly("out|" + WORKER);
    assertThat(jdbc.sql("SELECT u.email FROM handover h JOIN console_user u ON u.id = h.taken_by"
        + " WHERE h.id = ?").params(amina).query(String.class).single()).isEqualTo(WORKER);
  }

  @Test
  void anEmptyOrTooLongReplyIsRefusedWithAMessage() throws Exception {
    mvc.perform(post("/inbox/" + amina + "/reply").with(SOCIAL_WORKER).with(csrf())
        .param("text", "  ")).andExpect(redirectedUrl("/inbox/" + amina + "?invalid"));
    mvc.perform(post("/inbox/" + amina + "/reply").with(SOCIAL_WORKER).with(csrf())
        .param("text", "x".repeat(481))).andExpect(redirectedUrl("/inbox/" + amina + "?invalid"));
    assertThat(jdbc.sql("SELECT count(*) FROM outbox").query(Long.class).single()).isZero();
  }

  @Test
  void takingAWaitingConversationQuietsTheBot() throws Exception {
    mvc.perform(post("/inbox/" + youssef + "/take").with(SOCIAL_WORKER).with(csrf()))
        .andExpect(redirectedUrl("/inbox/" + youssef + "?taken"));
    assertThat(jdbc.sql("SELECT state FROM handover WHERE id = ?").params(youssef)
        .query(String.class).single()).isEqualTo("handed_over");
  }

  @Test
  void closingForgetsTheAddressTellsTheFamilyAndLeavesTheInbox() throws Exception {
    mvc.perform(post("/inbox/" + amina + "/close").with(SOCIAL_WORKER).with(csrf()))
        .andExpect(redirectedUrl("/inbox?closed"));
    Map<String, Object> h = jdbc.sql("SELECT state, address, closed_by FROM handover WHERE id = ?")
        .params(amina).query().singleRow();
    assertThat(h).containsEntry("state", "closed").containsEntry("address", null);
    assertThat(h.get("closed_by")).isNotNull();
    assertThat(jdbc.sql("SELECT payload->>'text' FROM outbox WHERE address = '+212600000042'")
        .query(String.class).single()).contains("Le robot vous répond de nouveau");
    mvc.perform(get("/inbox").with(SOCIAL_WORKER))
        .andExpect(content().string(not(containsString("data-id=\"" + amina + "\""))));
    mvc.perform(post("/inbox/" + amina + "/reply").with(SOCIAL_WORKER).with(csrf())
        .param("text", "encore")).andExpect(redirectedUrl("/inbox/" + amina + "?notOpen"));
  }

  @Test
  void editorsMayNotOpenTheInbox() throws Exception {
    mvc.perform(get("/inbox").with(EDITOR)).andExpect(status().isForbidden());
    mvc.perform(get("/inbox/" + amina).with(EDITOR)).andExpect(status().isForbidden());
    mvc.perform(post("/inbox/" + amina + "/reply").with(EDITOR).with(csrf()).param("text", "x"))
        .andExpect(status().isForbidden());
    mvc.perform(get("/listings").with(EDITOR))
        .andExpect(content().string(not(containsString("nav-inbox"))));
  }

  @Test
  void formsWithoutTheCsrfTokenAreRefused() throws Exception {
    mvc.perform(post("/inbox/" + amina + "/reply").with(SOCIAL_WORKER).param("text", "x"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/inbox/" + amina + "/close").with(SOCIAL_WORKER))
        .andExpect(status().isForbidden());
    assertThat(jdbc.sql("SELECT count(*) FROM outbox").query(Long.class).single()).isZero();
  }

  @Test
  void anUnknownHandoverIsNotFound() throws Exception {
    mvc.perform(get("/inbox/999999").with(SOCIAL_WORKER)).andExpect(status().isNotFound());
  }

  @Test
  void theFamilysTextIsShownAsTextNotMarkup() throws Exception {
    jdbc.sql("INSERT INTO handover_message (handover_id, direction, text, at)"
        + " VALUES (?, 'in', '<script>alert(1)</script>', now())").params(amina).update();
    mvc.perform(get("/inbox/" + amina).with(SOCIAL_WORKER))
        .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
  }
}
