package ma.hadana.bot.channel.twilio;

import java.util.Optional;
import java.util.regex.Pattern;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.registry.geo.GeoPoint;
import org.springframework.util.MultiValueMap;

/**
 * Reads Twilio's webhook parameters (already verified): an incoming SMS or WhatsApp message,
 * or a delivery status. {@code From=whatsapp:+...} means WhatsApp; the address is kept without
 * the prefix, which is how contacts and the outbox know it.
 */
final class TwilioMapper {

  static final String WHATSAPP_PREFIX = "whatsapp:";
  /** Twilio ids: two letters and 32 hex digits (SM..., MM..., AC...). */
  private static final Pattern SID = Pattern.compile("[A-Za-z]{2}[0-9a-fA-F]{32}");
  private static final Pattern NUMBER = Pattern.compile("\\+?[0-9]{3,15}");
  private static final int MAX_BODY = 5_000;

  private TwilioMapper() {}

  /** An incoming message: its sid, channel, sender address, text and (WhatsApp) shared location. */
  record TwilioMessage(String messageSid, String accountSid, Channel channel, String address,
      String text, GeoPoint location) {}

  /** A delivery status of a message Hadana sent. */
  record TwilioStatus(String messageSid, String accountSid, String status, String errorCode,
      Channel channel, String address) {}

  /** The message, or empty when a required parameter is missing or malformed. */
  static Optional<TwilioMessage> message(MultiValueMap<String, String> form) {
    String sid = form.getFirst("MessageSid");
    Address from = address(form.getFirst("From"));
    String body = form.getFirst("Body");
    if (!validSid(sid) || from == null || body != null && body.length() > MAX_BODY) {
      return Optional.empty();
    }
    GeoPoint location = from.channel() == Channel.WHATSAPP ? location(form) : null;
    return Optional.of(new TwilioMessage(sid, form.getFirst("AccountSid"), from.channel(),
        from.number(), body == null ? "" : body, location));
  }

  /** The status report, or empty when MessageSid or MessageStatus is missing or malformed. */
  static Optional<TwilioStatus> status(MultiValueMap<String, String> form) {
    String sid = form.getFirst("MessageSid");
    String status = form.getFirst("MessageStatus");
    if (!validSid(sid) || status == null || !status.matches("[a-z_]{2,20}")) {
      return Optional.empty();
    }
    String error = form.getFirst("ErrorCode");
    error = error == null || error.isBlank() || !error.trim().matches("[0-9]{1,6}") ? null : error.trim();
    Address to = address(form.getFirst("To"));
    return Optional.of(new TwilioStatus(sid, form.getFirst("AccountSid"), status, error,
        to == null ? null : to.channel(), to == null ? null : to.number()));
  }

  private static boolean validSid(String sid) {
    return sid != null && SID.matcher(sid).matches();
  }

  private record Address(Channel channel, String number) {}

  private static Address address(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.trim();
    Channel channel = Channel.SMS;
    if (s.startsWith(WHATSAPP_PREFIX)) {
      channel = Channel.WHATSAPP;
      s = s.substring(WHATSAPP_PREFIX.length());
    }
    return NUMBER.matcher(s).matches() ? new Address(channel, s) : null;
  }

  private static GeoPoint location(MultiValueMap<String, String> form) {
    try {
      String lat = form.getFirst("Latitude");
      String lon = form.getFirst("Longitude");
      if (lat == null || lon == null) {
        return null;
      }
      return new GeoPoint(Double.parseDouble(lat.trim()), Double.parseDouble(lon.trim()));
    } catch (IllegalArgumentException e) {
      return null; // a malformed position is ignored; the text is still answered
    }
  }
}
