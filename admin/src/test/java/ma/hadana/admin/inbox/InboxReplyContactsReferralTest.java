package ma.hadana.admin.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.hadana.admin.access.ConsoleUsers;
import ma.hadana.admin.access.Role;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.reply.ReplyVariant;
import ma.hadana.bot.privacy.SenderKeys;
import ma.hadana.bot.referral.NewReferral;
import ma.hadana.bot.referral.ReferralStatus;
import ma.hadana.bot.referral.Referrals;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.creche.Creches;
import ma.hadana.registry.creche.RegistryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A worker's inbox reply marks the family's referrals still "sent" as "contacted", with history. */
@SpringBootTest
@AutoConfigureMockMvc
class InboxReplyContactsReferralTest {

  private static final String REFERRER = "houda.ref@hadana.test";
  private static final String REPLIER = "omar.inbox@hadana.test";
  private static final RequestPostProcessor OMAR = user(REPLIER).roles("SOCIAL_WORKER");
  private static final String FATIMA = "+212600000077";
  private static final String SOMEONE_ELSE = "+212600000078";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired ConsoleUsers users;
  @Autowired RegistryService registry;
  @Autowired CrecheRepository repository;
  @Autowired Referrals referrals;
  @Autowired SenderKeys keys;

  private long referrer;
  private long replier;

  @BeforeEach
  void fixtures() {
    users.upsert(REFERRER, "x", Role.SOCIAL_WORKER);
    users.upsert(REPLIER, "x", Role.SOCIAL_WORKER);
    referrer = userId(REFERRER);
    replier = userId(REPLIER);
    if (repository.findById(Creches.MAARIF_PETITS_ANGES.id()).isEmpty()) {
      registry.save(Creches.MAARIF_PETITS_ANGES, null, "fixtures");
    }
    jdbc.sql("TRUNCATE handover, handover_message, outbox").update();
    jdbc.sql("DELETE FROM referral").update();
  }

  private long userId(String email) {
    return jdbc.sql("SELECT id FROM console_user WHERE email = ?").params(email)
        .query(Long.class).single();
  }

  private long refer(String phone) {
    return referrals.create(new NewReferral(Creches.MAARIF_PETITS_ANGES.id(), referrer,
        Channel.SMS, phone, ReplyVariant.FR, 18, Set.of(), null)).id();
  }

  private long fatimaWroteToHadana() {
    Timestamp now = Timestamp.from(Instant.now());
    long id = jdbc.sql("INSERT INTO handover (channel, sender_key, address, language, reason,"
            + " state, opened_at, last_message_at) VALUES ('sms', ?, ?, 'fr', 'human', 'waiting',"
            + " ?, ?) RETURNING id")
        .params(keys.keyOf("sms", FATIMA), FATIMA, now, now).query(Long.class).single();
    jdbc.sql("INSERT INTO handover_message (handover_id, direction, text, at)"
        + " VALUES (?, 'in', 'la creche ne repond pas', now())").params(id).update();
    return id;
  }

  private String status(long referral) {
    return jdbc.sql("SELECT status FROM referral WHERE id = ?").params(referral)
        .query(String.class).single();
  }

  private List<Map<String, Object>> history(long referral) {
    return jdbc.sql("SELECT status, by_user, at FROM referral_status WHERE referral_id = ?"
        + " ORDER BY at, id").params(referral).query().listOfRows();
  }

  private void reply(long handover, String text, String outcome) throws Exception {
    mvc.perform(post("/inbox/" + handover + "/reply").with(OMAR).with(csrf()).param("text", text))
        .andExpect(redirectedUrl("/inbox/" + handover + "?" + outcome));
  }

  @Test
  void aReplyMarksTheFamilysSentReferralContactedWithWhoAndWhen() throws Exception {
    long sent = refer(FATIMA);
    long waitlisted = refer(FATIMA);
    referrals.updateStatus(waitlisted, ReferralStatus.WAITLISTED, null, referrer);
    long other = refer(SOMEONE_ELSE);
    long handover = fatimaWroteToHadana();

    reply(handover, "  ", "invalid");
    assertThat(status(sent)).isEqualTo("sent");

    Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    reply(handover, "Bonjour Fatima, je rappelle la crèche aujourd'hui.", "sent");

    assertThat(status(sent)).isEqualTo("contacted");
    List<Map<String, Object>> h = history(sent);
    assertThat(h).extracting(r -> r.get("status")).containsExactly("sent", "contacted");
    assertThat(h.get(1).get("by_user")).isEqualTo(replier);
    assertThat(((Timestamp) h.get(1).get("at")).toInstant()).isAfterOrEqualTo(before);
    assertThat(status(waitlisted)).isEqualTo("waitlisted");
    assertThat(history(waitlisted)).hasSize(2);
    assertThat(status(other)).isEqualTo("sent");
    assertThat(history(other)).hasSize(1);

    reply(handover, "Elle vous attend lundi à 9 h.", "sent");
    assertThat(history(sent)).hasSize(2);
  }

  @Test
  void aReplyThatIsNotSentChangesNoReferral() throws Exception {
    long sent = refer(FATIMA);
    long handover = fatimaWroteToHadana();
    mvc.perform(post("/inbox/" + handover + "/close").with(OMAR).with(csrf()));
    reply(handover, "Bonjour", "notOpen");
    assertThat(status(sent)).isEqualTo("sent");
    assertThat(history(sent)).hasSize(1);
  }
}
