package ma.hadana.registry.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.creche.CrecheStatus;
import ma.hadana.registry.creche.CrecheType;
import ma.hadana.registry.creche.Undocumented;

/**
 * The shipped fictional demo registry as {@link Creche} rows, read with a deliberately simple CSV
 * reader (quoted fields, no line breaks inside them): a test fixture, not the importer.
 */
public final class DemoCreches {

  /** A point in Maârif, Casablanca. */
  public static final double MAARIF_LAT = 33.5830;

  /** A point in Maârif, Casablanca. */
  public static final double MAARIF_LON = -7.6330;

  private static final String RESOURCE = "/data/demo_creches.csv";
  private static List<Creche> all;

  private DemoCreches() {}

  /**
   * Inserts the demo rows into an empty registry and reloads the index, so that tests sharing one
   * application context load them once.
   */
  public static void loadInto(CrecheRepository repository, CrecheSearch search) {
    if (repository.count() == 0) {
      all().forEach(repository::insert);
      search.refresh();
    }
  }

  /** All 1,200 rows, whatever their status. */
  public static synchronized List<Creche> all() {
    if (all == null) {
      all = List.copyOf(read());
    }
    return all;
  }

  private static List<Creche> read() {
    try (InputStream in = DemoCreches.class.getResourceAsStream(RESOURCE);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<Creche> rows = new ArrayList<>();
      r.readLine(); // header
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        rows.add(row(fields(line)));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Creche row(List<String> f) {
    return new Creche(
        f.get(0), f.get(1), blank(f.get(2)), CrecheType.fromCode(f.get(3)), blank(f.get(4)),
        blank(f.get(5)), blank(f.get(6)), blank(f.get(7)), blank(f.get(8)), blank(f.get(9)),
        blank(f.get(10)), Double.parseDouble(f.get(11)), Double.parseDouble(f.get(12)),
        blank(f.get(13)), Integer.parseInt(f.get(14)), Integer.parseInt(f.get(15)),
        integer(f.get(16)), integer(f.get(17)), integer(f.get(18)), blank(f.get(19)),
        list(f.get(20)), bool(f.get(21)), Undocumented.fromCode(f.get(22)), list(f.get(23)),
        bool(f.get(24)), f.get(25).isEmpty() ? null : LocalDate.parse(f.get(25)),
        CrecheStatus.fromCode(f.get(26)), blank(f.get(27)));
  }

  private static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cur.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }

  private static String blank(String s) {
    return s.isEmpty() ? null : s;
  }

  private static Integer integer(String s) {
    return s.isEmpty() ? null : Integer.valueOf(s);
  }

  private static Boolean bool(String s) {
    return s.isEmpty() ? null : Boolean.valueOf(s);
  }

  private static List<String> list(String s) {
    return s.isEmpty() || s.equals("none") ? List.of() : Arrays.asList(s.split("\\|"));
  }
}
