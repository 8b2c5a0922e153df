package ma.hadana.bot.conversation.reply;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Every sentence Hadana says, per reply variant, from {@code i18n/replies_<tag>.properties}
 * (UTF-8). Placeholders are named: {@code {place}}, {@code {n}}.
 */
@Component
public class ReplyCatalog {

  private final Map<ReplyVariant, Properties> bundles = new EnumMap<>(ReplyVariant.class);

  public ReplyCatalog() {
    for (ReplyVariant v : ReplyVariant.values()) {
      bundles.put(v, load(v));
    }
  }

  /** The bundle file of a variant. */
  static String resource(ReplyVariant v) {
    return "i18n/replies_" + v.tag().replace('-', '_') + ".properties";
  }

  static Properties load(ReplyVariant v) {
    String path = resource(v);
    try (InputStream in = ReplyCatalog.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing reply bundle " + path);
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sentence for {@code key}, placeholders filled from alternating name/value pairs. */
  public String text(ReplyVariant v, String key, Object... namesAndValues) {
    String template = bundles.get(v).getProperty(key);
    if (template == null) {
      throw new IllegalArgumentException("No reply '" + key + "' in " + v.tag());
    }
    String out = template;
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      out = out.replace("{" + namesAndValues[i] + "}", String.valueOf(namesAndValues[i + 1]));
    }
    return out;
  }

  /** True when the variant has this key. */
  public boolean has(ReplyVariant v, String key) {
    return bundles.get(v).containsKey(key);
  }

  /** Keys of a variant, sorted (for the bundle sync test). */
  Set<String> keys(ReplyVariant v) {
    return new TreeSet<>(bundles.get(v).stringPropertyNames());
  }
}
