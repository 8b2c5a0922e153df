package ma.hadana.bot.conversation.understanding.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads labelled messages from JSON Lines (the team's training, dev and held-out files). */
public final class LabelledMessages {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private LabelledMessages() {}

  /** Messages of a classpath resource; empty when the resource does not exist. */
  public static List<LabelledMessage> fromClasspath(String path) {
    InputStream in = LabelledMessages.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      return List.of();
    }
    try (in) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
  }

  /** Messages of a JSON Lines stream; a dialogue line gives one message per turn. */
  public static List<LabelledMessage> read(InputStream in) throws IOException {
    List<LabelledMessage> out = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = JSON.readTree(line);
      String id = node.path("id").asString("");
      String lang = node.path("lang").asString("");
      JsonNode turns = node.get("turns");
      if (turns == null) {
        out.add(message(id, node.path("text").asString(""), lang, node.path("script").asString(""), node));
        continue;
      }
      for (int i = 0; i < turns.size(); i++) {
        JsonNode turn = turns.get(i);
        out.add(message(id + "#" + (i + 1), turn.path("text").asString(""), lang, "",
            turn.path("expect")));
      }
    }
    return out;
  }

  private static LabelledMessage message(String id, String text, String lang, String script, JsonNode labels) {
    Map<String, String> filters = new LinkedHashMap<>();
    JsonNode f = labels.path("filters");
    for (Map.Entry<String, JsonNode> e : f.properties()) {
      filters.put(e.getKey(), e.getValue().asString());
    }
    JsonNode age = labels.path("age_months");
    Integer ageMonths = age.isNumber() ? age.asInt() : null;
    return new LabelledMessage(id, text, lang, script, labels.path("intent").asString(""), ageMonths, filters);
  }
}
