package ma.hadana.admin.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every language has every key, and templates hold no text of their own: only message keys. */
class MessagesSyncTest {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");
  private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
  private static final Pattern ATTRIBUTE_TEXT =
      Pattern.compile("\\s(placeholder|title|alt|aria-label)=\"([^\"]*[\\p{L}][^\"]*)\"");

  private static Properties bundle(String lang) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessagesSyncTest.class.getResourceAsStream(
        "/i18n/messages_" + lang + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @ParameterizedTest
  @ValueSource(strings = {"ar", "en"})
  void everyLanguageHasTheSameKeysAsFrench(String lang) throws IOException {
    Set<String> french = new TreeSet<>(bundle("fr").stringPropertyNames());
    Set<String> other = new TreeSet<>(bundle(lang).stringPropertyNames());
    assertThat(other).containsExactlyInAnyOrderElementsOf(french);
    bundle(lang).forEach((k, v) -> assertThat(v.toString()).as(lang + " " + k).isNotBlank());
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "ar", "en"})
  void apostrophesAreDoubledExactlyWhereMessageFormatReadsThem(String lang) throws IOException {
    List<String> wrong = new ArrayList<>();
    bundle(lang).forEach((k, v) -> {
      String text = v.toString();
      boolean formatted = text.matches("(?s).*\\{\\d+}.*");
      boolean single = text.replace("''", "").contains("'");
      if (formatted ? single : text.contains("''")) {
        wrong.add(k.toString());
      }
    });
    assertThat(wrong).isEmpty();
  }

  @Test
  void everyKeyATemplateUsesExists() throws IOException {
    Set<String> keys = bundle("fr").stringPropertyNames();
    List<String> missing = new ArrayList<>();
    for (Path t : templates()) {
      Matcher m = KEY.matcher(Files.readString(t));
      while (m.find()) {
        if (!keys.contains(m.group(1))) {
          missing.add(t.getFileName() + ": " + m.group(1));
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void templatesHoldNoLiteralText() throws IOException {
    List<String> literal = new ArrayList<>();
    for (Path t : templates()) {
      String html = Files.readString(t)
          .replaceAll("(?s)<!--.*?-->", "")
          .replaceAll("(?s)<script.*?</script>", "")
          .replaceAll("(?s)<style.*?</style>", "")
          .replaceAll("<!DOCTYPE[^>]*>", "");
      Matcher attr = ATTRIBUTE_TEXT.matcher(html);
      while (attr.find()) {
        literal.add(t.getFileName() + ": " + attr.group(0).strip());
      }
      for (String text : html.replaceAll("(?s)<[^>]*>", "\n").split("\n")) {
        if (text.codePoints().anyMatch(Character::isLetter)) {
          literal.add(t.getFileName() + ": " + text.strip());
        }
      }
    }
    assertThat(literal).isEmpty();
  }

  private static List<Path> templates() throws IOException {
    try (Stream<Path> s = Files.walk(TEMPLATES)) {
      return s.filter(p -> p.toString().endsWith(".html")).toList();
    }
  }
}
