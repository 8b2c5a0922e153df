package ma.hadana.admin.trial;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** Calls the bot's {@code POST /api/v1/simulate} from the server (no CORS, no token in pages). */
@Component
@EnableConfigurationProperties(BotProperties.class)
class SimulatorClient {

  /** One reply of the bot as the page shows it. */
  record Reply(String text, String encoding, int segments) {}

  private final RestClient http;
  private final String token;

  SimulatorClient(BotProperties properties) {
    JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build());
    factory.setReadTimeout(Duration.ofSeconds(10));
    this.http = RestClient.builder().baseUrl(properties.url()).requestFactory(factory).build();
    this.token = properties.simulatorToken();
  }

  /**
   * The bot's replies to one message.
   *
   * @throws RestClientException when the bot cannot be reached or refuses the message
   */
  List<Reply> send(String channel, String from, String text) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("channel", channel);
    body.put("from", from);
    body.put("text", text);
    Map<?, ?> response = http.post().uri("/api/v1/simulate")
        .contentType(MediaType.APPLICATION_JSON)
        .headers(h -> {
          if (!token.isEmpty()) {
            h.setBearerAuth(token);
          }
        })
        .body(body)
        .retrieve()
        .body(Map.class);
    Object replies = response == null ? null : response.get("replies");
    if (!(replies instanceof List<?> list)) {
      return List.of();
    }
    return list.stream().filter(Map.class::isInstance).map(Map.class::cast)
        .map(m -> new Reply(String.valueOf(m.get("text")), String.valueOf(m.get("encoding")),
            m.get("segments") instanceof Number n ? n.intValue() : 0))
        .toList();
  }
}
