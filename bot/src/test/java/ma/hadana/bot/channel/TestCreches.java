package ma.hadana.bot.channel;

import java.util.List;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.creche.CrecheType;
import ma.hadana.registry.search.CrecheSearch;

/** Two fictional crèches in Maârif, Casablanca, the only listings of the channel tests' registry. */
public final class TestCreches {

  public static final Creche PETITS_ANGES = creche("TEST-1", "Les Petits Anges", 33.5840, -7.6340);
  public static final Creche NOUR = creche("TEST-2", "Jardin Nour", 33.5870, -7.6290);

  private TestCreches() {}

  /** Puts them in the registry and the search index, once per database. */
  public static void load(CrecheRepository repository, CrecheSearch search) {
    if (repository.count() == 0) {
      List.of(PETITS_ANGES, NOUR).forEach(repository::insert);
      search.refresh();
    }
  }

  private static Creche creche(String id, String name, double lat, double lon) {
    return new Creche(id, name, null, CrecheType.PRIVATE, null, "Casablanca-Settat", "Casablanca",
        "Casablanca", "Maârif", null, "12 rue des Tests, Maarif", lat, lon, "+212522000000", 12, 48,
        30, 5, 800, "Mo-Fr 08:00-17:00", List.of("fr", "ar"), true, null, List.of(), false, null,
        null, null);
  }
}
