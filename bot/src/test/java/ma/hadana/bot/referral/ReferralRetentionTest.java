package ma.hadana.bot.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import ma.hadana.bot.channel.ChannelTest;
import ma.hadana.bot.channel.TestCreches;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.Obstacle;
import ma.hadana.bot.conversation.reply.ReplyVariant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Addresses stay only on open, recent referrals; finishing a referral drops its address. */
class ReferralRetentionTest extends ChannelTest {

  @Autowired Referrals referrals;
  @Autowired ReferralLinks links;

  @Test
  void retentionClearsOldAndFinishedReferralsAddressesOnly() {
    jdbc.sql("DELETE FROM referral").update();
    long worker = SocialWorkers.newOne(jdbc);
    Referral recent = create(worker, "+212611111111");
    Referral old = create(worker, "+212622222222");
    Referral refused = create(worker, "+212633333333");
    jdbc.sql("UPDATE referral SET created_at = created_at - interval '40 days' WHERE id = ?")
        .param(old.id()).update();
    assertThat(referrals.updateStatus(refused.id(), ReferralStatus.REFUSED, Obstacle.DOCUMENTS,
        worker)).isTrue();
    assertThat(address(refused.id())).isNull();
    assertThat(jdbc.sql("SELECT obstacle_category FROM referral WHERE id = ?")
        .param(refused.id()).query(String.class).single()).isEqualTo("documents");

    assertThat(links.purgeAddresses(Instant.now().minus(Duration.ofDays(30)))).isEqualTo(1);
    assertThat(address(recent.id())).isEqualTo("+212611111111");
    assertThat(address(old.id())).isNull();
    assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE sender_key IS NOT NULL")
        .query(Long.class).single()).isEqualTo(3);
  }

  private Referral create(long worker, String phone) {
    return referrals.create(new NewReferral(TestCreches.NOUR.id(), worker, Channel.WHATSAPP,
        phone, ReplyVariant.ARY_LATN, null, Set.of(), "note"));
  }

  private String address(long id) {
    return jdbc.sql("SELECT address FROM referral WHERE id = ?").param(id)
        .query(String.class).optional().orElse(null);
  }
}
