package ma.hadana.bot.simulator;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The simulator API, for trying the bot without a phone.
 *
 * @param enabled {@code HADANA_SIMULATOR_ENABLED}: empty means on with the embedded database and
 *     off with an external one
 * @param token {@code HADANA_SIMULATOR_TOKEN}: when set, callers must send
 *     {@code Authorization: Bearer <token>}
 */
@ConfigurationProperties("hadana.simulator")
record SimulatorProperties(String enabled, String token) {}
