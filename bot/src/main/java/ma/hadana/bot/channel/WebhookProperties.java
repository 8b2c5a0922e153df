package ma.hadana.bot.channel;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where providers reach this bot from the internet.
 *
 * @param publicBaseUrl {@code HADANA_PUBLIC_BASE_URL}: the public origin of the webhooks as the
 *     providers call them (e.g. {@code https://hadana.example.org}), behind any proxy. Twilio
 *     signatures are checked against it, never against the Host header; empty disables Twilio
 *     and Telegram webhooks
 */
@ConfigurationProperties("hadana.webhooks")
public record WebhookProperties(String publicBaseUrl) {

  public WebhookProperties {
    publicBaseUrl = publicBaseUrl == null ? "" : publicBaseUrl.trim();
    while (publicBaseUrl.endsWith("/")) {
      publicBaseUrl = publicBaseUrl.substring(0, publicBaseUrl.length() - 1);
    }
  }

  /** True when a public base URL is configured. */
  public boolean configured() {
    return !publicBaseUrl.isEmpty();
  }

  /** True when the public base URL uses https (Telegram accepts only https webhooks). */
  public boolean https() {
    return publicBaseUrl.startsWith("https://");
  }

  /** The public URL of a path of this bot, e.g. {@code url("/webhooks/telegram")}. */
  public String url(String path) {
    return publicBaseUrl + path;
  }
}
