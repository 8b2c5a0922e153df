package ma.hadana.admin.trial;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the console finds the bot's simulator.
 *
 * @param url base URL of the bot (HADANA_BOT_URL), default http://localhost:8080
 * @param simulatorToken bearer token of the simulator (HADANA_SIMULATOR_TOKEN), empty for none
 */
@ConfigurationProperties("hadana.bot")
record BotProperties(String url, String simulatorToken) {

  BotProperties {
    url = url == null || url.isBlank() ? "http://localhost:8080" : url.strip();
    simulatorToken = simulatorToken == null ? "" : simulatorToken.strip();
  }
}
