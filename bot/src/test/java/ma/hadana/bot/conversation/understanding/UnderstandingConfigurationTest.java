package ma.hadana.bot.conversation.understanding;

import ma.hadana.bot.conversation.Intent;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class UnderstandingConfigurationTest {

  @Test
  void providesMessageUnderstandingFromTheShippedModels() {
    new ApplicationContextRunner()
        .withUserConfiguration(UnderstandingConfiguration.class)
        .run(context -> {
          assertThat(context).hasSingleBean(MessageUnderstanding.class);
          Understanding u = context.getBean(MessageUnderstanding.class).understand("bghit creche f sla 3afak");
          assertThat(u.intentType()).isEqualTo(Intent.FIND);
        });
  }
}
