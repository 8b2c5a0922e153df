package ma.hadana.bot.channel.twilio;

import java.util.ArrayList;
import java.util.List;
import ma.hadana.bot.channel.WebhookProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Whether the Twilio channel is on: it needs {@code TWILIO_ACCOUNT_SID}, {@code TWILIO_AUTH_TOKEN}
 * and {@code HADANA_PUBLIC_BASE_URL} (signatures are checked against the public URL). Without
 * them the bot starts anyway, says so in one log line, and the Twilio webhooks answer 404.
 */
@Component
@EnableConfigurationProperties({TwilioProperties.class, WebhookProperties.class})
class TwilioChannel {

  private static final Logger log = LoggerFactory.getLogger(TwilioChannel.class);

  static final String SMS_PATH = "/webhooks/twilio/sms";
  static final String STATUS_PATH = "/webhooks/twilio/status";

  private final boolean enabled;
  private final String accountSid;

  TwilioChannel(TwilioProperties props, WebhookProperties webhooks) {
    this.accountSid = props.accountSid();
    List<String> missing = new ArrayList<>();
    if (props.accountSid().isEmpty()) {
      missing.add("TWILIO_ACCOUNT_SID");
    }
    if (props.authToken().isEmpty()) {
      missing.add("TWILIO_AUTH_TOKEN");
    }
    if (!webhooks.configured()) {
      missing.add("HADANA_PUBLIC_BASE_URL");
    }
    enabled = missing.isEmpty();
    if (enabled) {
      log.info("Twilio channel enabled: webhooks {} and {}; proactive SMS {}, WhatsApp {}",
          webhooks.url(SMS_PATH), webhooks.url(STATUS_PATH),
          props.from().isEmpty() ? "off (no TWILIO_FROM)" : "on",
          props.whatsappFrom().isEmpty() ? "off (no TWILIO_WHATSAPP_FROM)" : "on");
    } else {
      log.info("Twilio channel disabled: {} not set; its webhooks answer 404",
          String.join(", ", missing));
    }
  }

  boolean enabled() {
    return enabled;
  }

  /** True when a webhook's AccountSid is this channel's account. */
  boolean ownAccount(String sid) {
    return accountSid.equals(sid);
  }
}
