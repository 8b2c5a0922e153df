package ma.hadana.admin.referral;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the console shows a referral to a family that uses Telegram.
 *
 * @param telegramBotUsername the bot's Telegram username without @ ({@code TELEGRAM_BOT_USERNAME});
 *     empty: no deep link is shown, only the code to text
 */
@ConfigurationProperties("hadana.referrals")
record ReferralProperties(String telegramBotUsername) {

  ReferralProperties {
    telegramBotUsername = telegramBotUsername == null ? "" : telegramBotUsername.strip()
        .replaceFirst("^@", "");
  }

  /** The deep link that opens the bot with the code, or null without a bot username. */
  String deepLink(String code) {
    return telegramBotUsername.isEmpty() ? null
        : "https://t.me/" + telegramBotUsername + "?start=" + code;
  }
}
