package ma.hadana.bot.channel.twilio;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Twilio account Hadana answers SMS and WhatsApp messages with.
 *
 * @param accountSid {@code TWILIO_ACCOUNT_SID}: the account (AC...); webhooks from another account
 *     are refused
 * @param authToken {@code TWILIO_AUTH_TOKEN}: signs Twilio's webhooks and authenticates REST calls
 * @param from {@code TWILIO_FROM}: the SMS number (E.164) or Messaging Service (MG...) proactive
 *     SMS are sent from; without it queued SMS wait
 * @param whatsappFrom {@code TWILIO_WHATSAPP_FROM}: the WhatsApp sender ({@code +14155238886} or
 *     {@code whatsapp:+14155238886}); without it queued WhatsApp messages wait
 * @param apiBaseUrl {@code TWILIO_API_BASE_URL}: Twilio's REST API origin (tests point it at a
 *     fake server; use host {@code localhost}, not an IP address)
 * @param messagesPerSecond {@code TWILIO_MESSAGES_PER_SECOND}: sending pace of this process per
 *     channel (Twilio queues a long code at about 1 SMS/s; a Messaging Service or short code more)
 * @param timeout connect and read timeout of REST calls
 */
@ConfigurationProperties("hadana.twilio")
public record TwilioProperties(
    String accountSid,
    String authToken,
    String from,
    String whatsappFrom,
    @DefaultValue("https://api.twilio.com") String apiBaseUrl,
    @DefaultValue("10") double messagesPerSecond,
    @DefaultValue("10s") Duration timeout) {

  public TwilioProperties {
    accountSid = trim(accountSid);
    authToken = trim(authToken);
    from = trim(from);
    whatsappFrom = trim(whatsappFrom);
    apiBaseUrl = trim(apiBaseUrl).replaceAll("/+$", "");
  }

  private static String trim(String s) {
    return s == null ? "" : s.trim();
  }
}
