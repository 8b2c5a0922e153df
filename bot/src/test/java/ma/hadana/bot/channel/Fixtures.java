package ma.hadana.bot.channel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Provider payloads kept under {@code src/test/resources/<channel>/}: Twilio webhooks as the
 * form bodies Twilio posts, Telegram updates and Bot API answers as JSON.
 */
public final class Fixtures {

  private Fixtures() {}

  /** A resource as UTF-8 text. */
  public static String text(String path) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("No fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A form-encoded fixture as ordered parameters, with {@code overrides} applied. */
  public static Map<String, String> form(String path, String... overrides) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String pair : text(path).split("&")) {
      int eq = pair.indexOf('=');
      params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    for (int i = 0; i + 1 < overrides.length; i += 2) {
      params.put(overrides[i], overrides[i + 1]);
    }
    return params;
  }

  /** Parameters as an {@code application/x-www-form-urlencoded} body. */
  public static String encode(Map<String, String> params) {
    return params.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
