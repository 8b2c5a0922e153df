package ma.hadana.bot.channel.twilio;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ma.hadana.bot.channel.twilio.TwilioMapper.TwilioMessage;
import ma.hadana.bot.channel.twilio.TwilioMapper.TwilioStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Twilio's webhooks, HTTP only: {@code POST /webhooks/twilio/sms} (SMS and WhatsApp, answered
 * with TwiML) and {@code POST /webhooks/twilio/status} (delivery statuses). Signature first
 * (403, nothing touched), then parameters (400); 404 while the channel is disabled.
 */
@RestController
class TwilioController {

  private static final Logger log = LoggerFactory.getLogger(TwilioController.class);
  private static final MediaType TWIML = MediaType.parseMediaType(Twiml.CONTENT_TYPE);

  private final TwilioChannel channel;
  private final TwilioSignature signature;
  private final TwilioInbound inbound;

  TwilioController(TwilioChannel channel, TwilioSignature signature, TwilioInbound inbound) {
    this.channel = channel;
    this.signature = signature;
    this.inbound = inbound;
  }

  @PostMapping(path = TwilioChannel.SMS_PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  ResponseEntity<String> message(HttpServletRequest request,
      @RequestHeader(name = "X-Twilio-Signature", required = false) String sig) {
    MultiValueMap<String, String> params = parameters(request);
    ResponseEntity<String> refused = refuse(TwilioChannel.SMS_PATH, request, params, sig);
    if (refused != null) {
      return refused;
    }
    Optional<TwilioMessage> m = TwilioMapper.message(params);
    if (m.isEmpty()) {
      return text(HttpStatus.BAD_REQUEST, "MessageSid and From are required");
    }
    String twiml = inbound.message(m.get()).map(Twiml::render).orElseGet(Twiml::empty);
    return ResponseEntity.ok().contentType(TWIML).body(twiml);
  }

  @PostMapping(path = TwilioChannel.STATUS_PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  ResponseEntity<String> status(HttpServletRequest request,
      @RequestHeader(name = "X-Twilio-Signature", required = false) String sig) {
    MultiValueMap<String, String> params = parameters(request);
    ResponseEntity<String> refused = refuse(TwilioChannel.STATUS_PATH, request, params, sig);
    if (refused != null) {
      return refused;
    }
    Optional<TwilioStatus> s = TwilioMapper.status(params);
    if (s.isEmpty()) {
      return text(HttpStatus.BAD_REQUEST, "MessageSid and MessageStatus are required");
    }
    inbound.status(s.get());
    return ResponseEntity.noContent().build();
  }

  /**
   * The refusal for a disabled channel, a bad signature or another account's webhook, or null
   * to go on.
   */
  private ResponseEntity<String> refuse(String path, HttpServletRequest request,
      MultiValueMap<String, String> form, String sig) {
    if (!channel.enabled()) {
      return text(HttpStatus.NOT_FOUND, "Twilio channel disabled");
    }
    if (!signature.valid(path, request.getQueryString(), form, sig)) {
      log.warn("twilio webhook refused: bad or missing signature on {}", path);
      return text(HttpStatus.FORBIDDEN, "Invalid signature");
    }
    if (!channel.ownAccount(form.getFirst("AccountSid"))) {
      log.warn("twilio webhook refused: signed for another account on {}", path);
      return text(HttpStatus.FORBIDDEN, "Wrong account");
    }
    return null;
  }

  /**
   * The servlet's parameters (the form and the query string, as {@code @RequestBody} would give
   * them), read once by Tomcat instead of re-encoded into a body and parsed again.
   */
  private static MultiValueMap<String, String> parameters(HttpServletRequest request) {
    MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    request.getParameterMap().forEach((k, v) -> params.put(k, new ArrayList<>(List.of(v))));
    return params;
  }

  private static ResponseEntity<String> text(HttpStatus status, String message) {
    return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(message);
  }
}
