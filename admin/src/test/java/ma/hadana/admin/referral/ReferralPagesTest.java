package ma.hadana.admin.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import ma.hadana.admin.access.ConsoleUsers;
import ma.hadana.admin.access.Role;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.creche.Creches;
import ma.hadana.registry.creche.RegistryService;
import ma.hadana.registry.search.CrecheSearch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Referral pages against the real database: a referral and its outbox message in one go, roles,
 * history, phone validation, the search by place.
 */
@SpringBootTest(properties = {"hadana.referrals.telegram-bot-username=HadanaTestBot",
    "hadana.referrals.sms-number=" + ReferralPagesTest.SMS_NUMBER})
@AutoConfigureMockMvc
class ReferralPagesTest {

  static final String SMS_NUMBER = "+212522000111";
  static final String WORKER = "samira.sw@hadana.test";
  static final String OTHER_WORKER = "karim.sw@hadana.test";
  static final RequestPostProcessor SOCIAL_WORKER = user(WORKER).roles("SOCIAL_WORKER");
  static final RequestPostProcessor OTHER = user(OTHER_WORKER).roles("SOCIAL_WORKER");
  static final RequestPostProcessor EDITOR = user("editor@hadana.test").roles("EDITOR");
  static final RequestPostProcessor ADMIN = user("admin.ref@hadana.test").roles("ADMIN");
  static final String CRECHE = Creches.MAARIF_PETITS_ANGES.id();

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired ConsoleUsers users;
  @Autowired RegistryService registry;
  @Autowired CrecheRepository repository;
  @Autowired CrecheSearch search;

  @BeforeEach
  void fixtures() {
    users.upsert(WORKER, "x", Role.SOCIAL_WORKER);
    users.upsert(OTHER_WORKER, "x", Role.SOCIAL_WORKER);
    users.upsert("admin.ref@hadana.test", "x", Role.ADMIN);
    if (repository.findById(CRECHE).isEmpty()) {
      registry.save(Creches.MAARIF_PETITS_ANGES, null, "fixtures");
    }
    search.refresh();
    jdbc.sql("DELETE FROM referral").update();
    jdbc.sql("DELETE FROM outbox").update();
  }

  MockHttpServletRequestBuilder refer(Map<String, String> overrides) {
    Map<String, String> fields = new LinkedHashMap<>(Map.of("crecheId", CRECHE, "contact", "sms",
        "phone", "06 12-34 56 78", "language", "ar", "age", "24", "note", "Deux enfants"));
    fields.putAll(overrides);
    MockHttpServletRequestBuilder b = post("/referrals/new").with(csrf())
        .param("needs", "meals", "free");
    fields.forEach(b::param);
    return b;
  }

  long onlyReferral() {
    return jdbc.sql("SELECT id FROM referral").query(Long.class).single();
  }

  @Test
  void aWorkerReferralRecordsItAndQueuesTheFamilysMessageInItsLanguage() throws Exception {
    mvc.perform(refer(Map.of()).with(SOCIAL_WORKER))
        .andExpect(redirectedUrlPattern("/referrals/*?created"));
    long id = onlyReferral();
    Map<String, Object> row = jdbc.sql("SELECT r.channel, r.address, r.language, r.status,"
            + " r.child_age_months, array_to_string(r.needs, ',') AS needs, u.email"
            + " FROM referral r JOIN console_user u ON u.id = r.created_by WHERE r.id = ?")
        .param(id).query().singleRow();
    assertThat(row).containsEntry("channel", "sms").containsEntry("address", "+212612345678")
        .containsEntry("language", "ar").containsEntry("status", "sent")
        .containsEntry("child_age_months", 24).containsEntry("needs", "free,meals")
        .containsEntry("email", WORKER);
    Map<String, Object> message = jdbc.sql("SELECT channel, address, status, payload->>'text'"
            + " AS text FROM outbox WHERE idempotency_key = ?")
        .param("referral:" + id).query().singleRow();
    assertThat(message).containsEntry("channel", "sms").containsEntry("address", "+212612345678")
        .containsEntry("status", "pending");
    assertThat((String) message.get("text")).contains("يقترح عليك مرشدك الاجتماعي")
        .contains("حضانة الملائكة الصغار");
    assertThat(jdbc.sql("SELECT count(*) FROM outbox").query(Long.class).single()).isEqualTo(1);

    String code = jdbc.sql("SELECT code FROM referral").query(String.class).single();
    assertThat((String) message.get("text")).as("where to text the code (HADANA_SMS_NUMBER)")
        .contains(code).contains(SMS_NUMBER);
    mvc.perform(get("/referrals/" + id).with(SOCIAL_WORKER).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString(code)))
        .andExpect(content().string(containsString("https://t.me/HadanaTestBot?start=" + code)))
        .andExpect(content().string(containsString("Waiting to be sent")));
    mvc.perform(get("/referrals").with(SOCIAL_WORKER).param("lang", "fr"))
        .andExpect(content().string(containsString(code)))
        .andExpect(content().string(containsString("Crèche Les Petits Anges")));
    mvc.perform(get("/referrals").with(OTHER)).andExpect(content().string(not(containsString(code))));
    mvc.perform(get("/referrals/" + id).with(OTHER)).andExpect(status().isForbidden());
    mvc.perform(get("/referrals").with(ADMIN)).andExpect(content().string(containsString(code)));
  }

  @Test
  void aTelegramReferralQueuesNothingAndShowsTheLinkAndCode() throws Exception {
    mvc.perform(refer(Map.of("contact", "telegram", "phone", "")).with(SOCIAL_WORKER))
        .andExpect(redirectedUrlPattern("/referrals/*?created"));
    assertThat(jdbc.sql("SELECT count(*) FROM outbox").query(Long.class).single()).isZero();
    assertThat(jdbc.sql("SELECT channel FROM referral").query((rs, n) -> rs.getString(1)).list())
        .containsExactly((String) null);
  }

  @Test
  void editorsAreRefusedReferrals() throws Exception {
    mvc.perform(get("/referrals").with(EDITOR)).andExpect(status().isForbidden());
    mvc.perform(get("/referrals/new").with(EDITOR)).andExpect(status().isForbidden());
    mvc.perform(refer(Map.of()).with(EDITOR)).andExpect(status().isForbidden());
    mvc.perform(post("/referrals/1/status").with(EDITOR).with(csrf()).param("status", "closed"))
        .andExpect(status().isForbidden());
    assertThat(jdbc.sql("SELECT count(*) FROM referral").query(Long.class).single()).isZero();
  }

  @Test
  void formsWithoutCsrfTokenAreRefused() throws Exception {
    mvc.perform(post("/referrals/new").with(SOCIAL_WORKER).param("crecheId", CRECHE)
        .param("contact", "telegram").param("language", "fr")).andExpect(status().isForbidden());
    assertThat(jdbc.sql("SELECT count(*) FROM referral").query(Long.class).single()).isZero();
  }

  @Test
  void aStatusUpdateIsRecordedInTheHistoryWithTheObstacle() throws Exception {
    mvc.perform(refer(Map.of()).with(SOCIAL_WORKER));
    long id = onlyReferral();
    mvc.perform(post("/referrals/" + id + "/status").with(SOCIAL_WORKER).with(csrf())
            .param("status", "refused").param("obstacle", "documents"))
        .andExpect(redirectedUrlPattern("/referrals/*?updated"));
    assertThat(jdbc.sql("SELECT status || '/' || coalesce(obstacle_category, '-') FROM"
            + " referral_status WHERE referral_id = ? ORDER BY id").param(id)
        .query(String.class).list()).containsExactly("sent/-", "refused/documents");
    Map<String, Object> r = jdbc.sql("SELECT status, obstacle_category, address FROM referral")
        .query().singleRow();
    assertThat(r).containsEntry("status", "refused").containsEntry("obstacle_category", "documents")
        .containsEntry("address", null);
    mvc.perform(get("/referrals/" + id).with(SOCIAL_WORKER).param("lang", "en"))
        .andExpect(content().string(containsString("Papers")))
        .andExpect(content().string(containsString("Refused")));
    mvc.perform(get("/referrals").with(SOCIAL_WORKER))
        .andExpect(content().string(not(containsString("/referrals/" + id + "\""))));
  }

  @Test
  void aBadPhoneShowsAnErrorNextToTheFieldAndCreatesNothing() throws Exception {
    mvc.perform(refer(Map.of("phone", "12345")).with(SOCIAL_WORKER).param("lang", "en"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"phone-error\"")))
        .andExpect(content().string(containsString("Invalid number")));
    mvc.perform(refer(Map.of("phone", "")).with(SOCIAL_WORKER).param("lang", "en"))
        .andExpect(content().string(containsString("Enter the family")));
    assertThat(jdbc.sql("SELECT count(*) FROM referral").query(Long.class).single()).isZero();
    assertThat(jdbc.sql("SELECT count(*) FROM outbox").query(Long.class).single()).isZero();
  }

  @Test
  void theSearchFindsCrechesNearANamedPlaceInArabicRightToLeft() throws Exception {
    mvc.perform(get("/referrals/new").with(SOCIAL_WORKER).param("place", "Maarif")
            .param("age", "24").param("lang", "ar"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("dir=\"rtl\"")))
        .andExpect(content().string(containsString("value=\"" + CRECHE + "\"")));
    mvc.perform(get("/referrals/new").with(SOCIAL_WORKER).param("place", "Petits Anges"))
        .andExpect(content().string(containsString("value=\"" + CRECHE + "\"")));
    mvc.perform(get("/referrals/new").with(SOCIAL_WORKER).param("place", "Maarif")
            .param("age", "60"))
        .andExpect(content().string(not(containsString("value=\"" + CRECHE + "\""))));
  }

  @Test
  void aListingOffersThoseWhoReferALinkToTheFormWithItChosen() throws Exception {
    String link = "href=\"/referrals/new?crecheId=" + CRECHE + "\"";
    mvc.perform(get("/listings/" + CRECHE).param("lang", "en").with(SOCIAL_WORKER))
        .andExpect(content().string(containsString(link)))
        .andExpect(content().string(containsString("Refer a family to this crèche")));
    mvc.perform(get("/listings/" + CRECHE).with(ADMIN))
        .andExpect(content().string(containsString(link)));
    mvc.perform(get("/listings/" + CRECHE).with(EDITOR))
        .andExpect(content().string(not(containsString("refer-link"))));

    String form = mvc.perform(get("/referrals/new").param("crecheId", CRECHE)
            .with(SOCIAL_WORKER))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(form).containsPattern("<input type=\"radio\" name=\"crecheId\" value=\""
        + CRECHE + "\"\\s+checked=\"checked\">").doesNotContain("creche-unavailable");

    mvc.perform(get("/referrals/new").param("crecheId", "CR-NOPE").param("lang", "en")
            .with(SOCIAL_WORKER))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("This crèche does not exist or is no longer"
            + " active")))
        .andExpect(content().string(not(containsString("referral-form"))));
  }

  @Test
  void anInactiveListingOffersNoReferLink() throws Exception {
    jdbc.sql("UPDATE creche SET status = 'temporarily_closed' WHERE id = ?").params(CRECHE)
        .update();
    try {
      mvc.perform(get("/listings/" + CRECHE).with(SOCIAL_WORKER))
          .andExpect(status().isOk())
          .andExpect(content().string(not(containsString("refer-link"))));
      mvc.perform(get("/referrals/new").param("crecheId", CRECHE).with(SOCIAL_WORKER))
          .andExpect(content().string(containsString("id=\"creche-unavailable\"")));
    } finally {
      jdbc.sql("UPDATE creche SET status = 'active' WHERE id = ?").params(CRECHE).update();
    }
  }
}
