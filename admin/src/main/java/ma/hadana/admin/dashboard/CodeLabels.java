package ma.hadana.admin.dashboard;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The console-language labels of the codes the events store (obstacle categories, reply
 * languages, channels), for the page only: the CSV downloads keep the codes. A code without a
 * label is shown as it is; an empty one as "unknown".
 */
record CodeLabels(MessageSource messages, Locale locale) {

  public String obstacle(String code) {
    return label("referral.obstacle.", code);
  }

  public String language(String code) {
    return label("referral.language.", code);
  }

  public String channel(String code) {
    return label("referral.channel.", code);
  }

  private String label(String prefix, String code) {
    if (code == null || code.isEmpty()) {
      return messages.getMessage("dashboard.unknown", null, locale);
    }
    return messages.getMessage(prefix + code, null, code, locale);
  }
}
