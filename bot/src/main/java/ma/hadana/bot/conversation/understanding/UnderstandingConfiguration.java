package ma.hadana.bot.conversation.understanding;

import ma.hadana.bot.conversation.Interpreter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes {@link MessageUnderstanding} a bean, with the models shipped in the jar, and offers it to
 * the conversation core as its {@link Interpreter}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UnderstandingProperties.class)
class UnderstandingConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(UnderstandingConfiguration.class);

  @Bean
  MessageUnderstanding messageUnderstanding(UnderstandingProperties properties) {
    long started = System.nanoTime();
    MessageUnderstanding understanding = UnderstandingModels.loadOrTrain(properties);
    LOG.info("Message understanding ready in {} ms", (System.nanoTime() - started) / 1_000_000);
    return understanding;
  }

  @Bean
  Interpreter interpreter(MessageUnderstanding understanding) {
    return new UnderstandingInterpreter(understanding);
  }
}
