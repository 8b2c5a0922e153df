package ma.hadana.admin;

import static org.assertj.core.api.Assertions.assertThat;

import ma.hadana.bot.channel.outbox.Outbox;
import ma.hadana.bot.channel.outbox.OutboxWorker;
import ma.hadana.bot.conversation.dialogue.Conversation;
import ma.hadana.bot.conversation.reply.ReplyCatalog;
import ma.hadana.bot.referral.ReferralLinks;
import ma.hadana.bot.referral.Referrals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** The console borrows the bot's outbox and replies, and runs none of the bot's machinery. */
@SpringBootTest
class ConsoleContextTest {

  @Autowired ApplicationContext context;

  @Test
  void queuesThroughTheBotsOutboxWithoutSendingItself() {
    assertThat(context.getBeanNamesForType(Outbox.class)).hasSize(1);
    assertThat(context.getBeanNamesForType(ReplyCatalog.class)).hasSize(1);
    assertThat(context.getBeanNamesForType(OutboxWorker.class)).isEmpty();
    assertThat(context.getBeanNamesForType(Conversation.class)).isEmpty();
    assertThat(context.getBeanNamesForType(Referrals.class)).hasSize(1);
    assertThat(context.getBeanNamesForType(ReferralLinks.class)).isEmpty();
    assertThat(context.getBeanDefinitionNames())
        .noneMatch(name -> name.toLowerCase().contains("twilio"))
        .noneMatch(name -> name.toLowerCase().contains("telegram"));
  }
}
