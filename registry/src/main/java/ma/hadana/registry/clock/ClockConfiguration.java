package ma.hadana.registry.clock;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link Clock} of a Hadana process, on Moroccan time: what "today" means. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  @Bean
  Clock clock() {
    return Clock.system(ZoneId.of("Africa/Casablanca"));
  }
}
