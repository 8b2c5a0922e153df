package ma.hadana.bot.referral;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.Reply;
import ma.hadana.bot.conversation.Reply.Venue;
import ma.hadana.bot.conversation.reply.ReplyVariant;
import ma.hadana.bot.conversation.reply.ReplyWriter;
import ma.hadana.bot.conversation.reply.SmsEncoding;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.geo.GeoPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Words a referral for the family, in its language, with the listing's details as the bot gives
 * them. An SMS names the number to text the referral's code to, when {@code HADANA_SMS_NUMBER}
 * (or {@code TWILIO_FROM}) is one. On SMS the details shrink (hours, then the address) until the
 * message fits 2 GSM-7 segments (Latin script) or 3 UCS-2 segments (Arabic script).
 */
@Component
@EnableConfigurationProperties(ReferralSmsProperties.class)
class ReferralMessage {

  static final int GSM_BUDGET = 2 * 153;
  static final int UCS_BUDGET = 3 * 67;
  private static final List<String> BODIES =
      List.of("referral.details.full", "referral.details.short", "referral.details.brief");

  private static final Logger log = LoggerFactory.getLogger(ReferralMessage.class);

  private final ReplyWriter writer;
  private final ReferralSmsProperties sms;

  ReferralMessage(ReplyWriter writer, ReferralSmsProperties sms) {
    this.writer = writer;
    this.sms = sms;
    if (!sms.smsNumber().isEmpty() && !sms.hasNumber()) {
      log.warn("Referral SMS name no number to text: HADANA_SMS_NUMBER (or TWILIO_FROM) is not"
          + " an E.164 number like +212600000000");
    }
  }

  /** The message a worker's referral with this code sends the family. */
  Reply sent(Channel ch, ReplyVariant v, Creche c, String code) {
    return ch == Channel.SMS && sms.hasNumber()
        ? compose(ch, v, c, "referral.sent.number", "code", code, "number", sms.smsNumber())
        : compose(ch, v, c, "referral.sent");
  }

  /** The answer to a family that wrote its referral code. */
  Reply linked(Channel ch, ReplyVariant v, Creche c) {
    return compose(ch, v, c, "referral.linked");
  }

  /** The answer to a code that matches no open referral; in three languages for a newcomer. */
  Reply unknown(Channel ch, ReplyVariant v, boolean newcomer) {
    return writer.say(ch, v, newcomer ? "referral.unknown.any" : "referral.unknown");
  }

  /** The privacy line of a first message. */
  Reply privacy(Channel ch, ReplyVariant v) {
    return writer.say(ch, v, "privacy.first");
  }

  private Reply compose(Channel ch, ReplyVariant v, Creche c, String key, String... extra) {
    Object[] facts = flatten(writer.facts(v, c));
    String text = "";
    for (String body : BODIES) {
      String details = writer.text(v, body, facts);
      if (!c.active()) {
        details = writer.text(v, "details.closed", "status",
            writer.text(v, "status." + c.status().code())) + "\n" + details;
      }
      Object[] args = new Object[extra.length + 2];
      args[0] = "details";
      args[1] = details;
      System.arraycopy(extra, 0, args, 2, extra.length);
      text = writer.text(v, key, args);
      if (!ch.metered() || fits(v, text)) {
        break;
      }
    }
    Venue venue = new Venue(writer.facts(v, c).get("name"), c.address(),
        new GeoPoint(c.lat(), c.lon()));
    return writer.reply(ch, v, text, List.of(), venue);
  }

  /** True when the text, as it would be sent, fits the SMS budget of its script. */
  static boolean fits(ReplyVariant v, String text) {
    String sent = v.latin() ? SmsEncoding.foldToGsm(text) : text;
    SmsEncoding.Encoding e = SmsEncoding.encodingOf(sent);
    return SmsEncoding.units(sent, e) <= (e == SmsEncoding.Encoding.GSM_7 ? GSM_BUDGET : UCS_BUDGET);
  }

  private static Object[] flatten(Map<String, String> facts) {
    List<Object> out = new ArrayList<>();
    facts.forEach((k, val) -> {
      out.add(k);
      out.add(val);
    });
    return out.toArray();
  }
}
