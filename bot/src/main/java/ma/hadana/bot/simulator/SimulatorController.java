package ma.hadana.bot.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.Choice;
import ma.hadana.bot.conversation.InboundMessage;
import ma.hadana.bot.conversation.Interpretation;
import ma.hadana.bot.conversation.Reply;
import ma.hadana.bot.conversation.Turn;
import ma.hadana.bot.conversation.dialogue.Conversation;
import ma.hadana.bot.privacy.SenderKeys;
import ma.hadana.registry.db.DatabaseProperties;
import ma.hadana.registry.geo.GeoPoint;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/simulate}: talk to the conversation core as a phone would. */
@RestController
@EnableConfigurationProperties(SimulatorProperties.class)
class SimulatorController {

  static final int MAX_TEXT = 2_000;

  private final Conversation conversation;
  private final SenderKeys senders;
  private final boolean enabled;
  private final String token;
  private final Clock clock;

  SimulatorController(Conversation conversation, SenderKeys senders, SimulatorProperties props,
      DatabaseProperties db, Clock clock) {
    this.conversation = conversation;
    this.senders = senders;
    this.enabled = props.enabled() == null || props.enabled().isBlank()
        ? db.embedded() : Boolean.parseBoolean(props.enabled().trim());
    this.token = props.token() == null ? "" : props.token().trim();
    this.clock = clock;
  }

  @PostMapping(path = "/api/v1/simulate", produces = "application/json")
  ResponseEntity<Map<String, Object>> simulate(
      @RequestHeader(name = "Authorization", required = false) String auth,
      @RequestBody(required = false) SimulateRequest req) {
    if (!enabled) {
      return error(HttpStatus.NOT_FOUND, "disabled", null, "The simulator is disabled");
    }
    if (!token.isEmpty() && !authorized(auth)) {
      return error(HttpStatus.UNAUTHORIZED, "unauthorized", null, "Bearer token required");
    }
    if (req == null) {
      return error(HttpStatus.BAD_REQUEST, "bad_request", null, "JSON body required");
    }
    Channel channel = switch (req.channel() == null ? "sms" : req.channel()) {
      case "sms" -> Channel.SMS;
      case "telegram" -> Channel.TELEGRAM;
      case "whatsapp" -> Channel.WHATSAPP;
      default -> null;
    };
    if (channel == null) {
      return error(HttpStatus.BAD_REQUEST, "bad_parameter", "channel", "channel must be sms or telegram");
    }
    if (req.from() == null || req.from().isBlank() || req.from().length() > 100) {
      return error(HttpStatus.BAD_REQUEST, "bad_parameter", "from", "from is required (at most 100 characters)");
    }
    GeoPoint point = null;
    if (req.location() != null) {
      Double lat = req.location().lat();
      Double lon = req.location().lon();
      if (lat == null || lon == null || !(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
        return error(HttpStatus.BAD_REQUEST, "bad_parameter", "location", "location needs lat and lon");
      }
      point = new GeoPoint(lat, lon);
    }
    String text = req.text() == null ? "" : req.text();
    if (text.isBlank() && point == null) {
      return error(HttpStatus.BAD_REQUEST, "bad_parameter", "text", "text is required");
    }
    if (text.length() > MAX_TEXT) {
      return error(HttpStatus.BAD_REQUEST, "bad_parameter", "text", "text is longer than " + MAX_TEXT);
    }
    String key = senders.keyOf("simulator:" + channel.code(), req.from());
    Turn turn = conversation.handle(new InboundMessage(channel, key, text, point, clock.instant()));
    return ResponseEntity.ok(body(turn));
  }

  private boolean authorized(String auth) {
    if (auth == null || !auth.startsWith("Bearer ")) {
      return false;
    }
    byte[] given = auth.substring(7).trim().getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8));
  }

  static Map<String, Object> body(Turn turn) {
    List<Map<String, Object>> replies = new ArrayList<>();
    for (Reply r : turn.replies()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("text", r.text());
      m.put("language", r.language());
      m.put("encoding", r.encoding());
      m.put("segments", r.segments());
      m.put("choices", r.choices().stream().map(Choice::label).toList());
      if (r.venue() != null) {
        m.put("venue", Map.of("title", r.venue().title(), "lat", r.venue().point().lat(),
            "lon", r.venue().point().lon()));
      }
      replies.add(m);
    }
    Interpretation i = turn.interpretation();
    Map<String, Object> in = new LinkedHashMap<>();
    in.put("language", i.language());
    in.put("script", i.script());
    in.put("intent", i.intent());
    if (i.place() == null) {
      in.put("place", null);
    } else {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("id", i.place().id());
      p.put("name", i.place().name());
      p.put("lat", i.place().lat());
      p.put("lon", i.place().lon());
      in.put("place", p);
    }
    in.put("candidates", i.candidates());
    in.put("ageMonths", i.ageMonths());
    in.put("filters", i.filters());
    in.put("asks", i.asks());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("replies", replies);
    out.put("interpretation", in);
    return out;
  }

  private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String code,
      String parameter, String message) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("error", code);
    if (parameter != null) {
      m.put("parameter", parameter);
    }
    m.put("message", message);
    return ResponseEntity.status(status).body(m);
  }
}
