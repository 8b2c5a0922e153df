package ma.hadana.bot.conversation.understanding.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the keyword lists kept under {@code nlu/lexicon/} on the classpath: UTF-8, one entry per
 * line, columns separated by tabs, {@code #} starts a comment line, blank lines ignored.
 */
public final class Lexicon {

  private static final String FOLDER = "nlu/lexicon/";

  private Lexicon() {}

  /** The rows of {@code nlu/lexicon/<name>}, each split on tabs and trimmed. */
  public static List<String[]> rows(String name) {
    String path = FOLDER + name;
    InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("Missing lexicon resource " + path);
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        String[] cells = trimmed.split("\t+");
        for (int i = 0; i < cells.length; i++) {
          cells[i] = cells[i].strip();
        }
        rows.add(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
    return rows;
  }
}
