package ma.hadana.bot.conversation.place;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Labelled messages of the NLU sets (JSON lines): single messages, and dialogues whose turns are
 * read in order. Only turns with accepted place ids are scored.
 */
final class LabelledMessages {

  /** One message and the place ids accepted for it; {@code turn} > 0 inside a dialogue. */
  record Labelled(String id, int turn, String text, List<String> placeIds) {}

  private LabelledMessages() {}

  /** Every message or turn of a file, in order (dialogue turns consecutive). */
  static List<Labelled> read(Path file) throws IOException {
    JsonMapper json = JsonMapper.builder().build();
    List<Labelled> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      String id = n.path("id").asString();
      if (n.has("turns")) {
        int t = 1;
        for (JsonNode turn : n.path("turns")) {
          out.add(new Labelled(id, t++, turn.path("text").asString(), ids(turn.path("expect"))));
        }
      } else {
        out.add(new Labelled(id, 0, n.path("text").asString(), ids(n)));
      }
    }
    return out;
  }

  private static List<String> ids(JsonNode n) {
    List<String> ids = new ArrayList<>();
    n.path("place_ids").forEach(x -> ids.add(x.asString()));
    return ids;
  }
}
