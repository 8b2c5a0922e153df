package ma.hadana.bot.referral;

import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The number a family texts to reach Hadana, named in referral SMS with the referral's code.
 *
 * @param smsNumber {@code HADANA_SMS_NUMBER}, else {@code TWILIO_FROM}: an E.164 number
 *     ({@code +212...}); anything else (empty, a Messaging Service {@code MG...}, an alphanumeric
 *     sender) names no number and the message keeps its "reply here" line
 */
@ConfigurationProperties("hadana.referrals")
public record ReferralSmsProperties(String smsNumber) {

  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");

  public ReferralSmsProperties {
    smsNumber = smsNumber == null ? "" : smsNumber.replaceAll("[\\s.()-]", "");
  }

  /** True when referral SMS can name the number: it is in E.164 form. */
  public boolean hasNumber() {
    return E164.matcher(smsNumber).matches();
  }
}
