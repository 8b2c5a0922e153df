package ma.hadana.bot.channel;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import ma.hadana.bot.conversation.Finder;
import ma.hadana.bot.conversation.Intent;
import ma.hadana.bot.conversation.Interpreter;
import ma.hadana.bot.conversation.Language;
import ma.hadana.bot.conversation.Understanding;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.creche.CrecheType;
import ma.hadana.registry.geo.GeoPoint;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Stand-ins for the core's collaborators whose real implementations are not merged yet (nlu,
 * search): a keyword interpreter and two fictional crèches in Maârif, Casablanca. Places are
 * the real gazetteer's. Deterministic, so channel tests can assert replies end to end through
 * the real {@code Conversation}, stores and PostgreSQL. Remove each bean once main provides the
 * real one.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ScriptedUnderstanding {

  public static final Creche PETITS_ANGES = creche("test-1", "Les Petits Anges", 33.5840, -7.6340);
  public static final Creche NOUR = creche("test-2", "Jardin Nour", 33.5870, -7.6290);

  @Bean
  Interpreter scriptedInterpreter() {
    return ScriptedUnderstanding::understand;
  }

  @Bean
  Finder scriptedFinder() {
    return new Finder() {
      @Override
      public Found nearby(GeoPoint point, int limit, Integer ageMonths, Set<ma.hadana.bot.conversation.Filter> filters) {
        List<Hit> hits = List.of(PETITS_ANGES, NOUR).stream()
            .map(c -> new Hit(c, point.distanceMeters(new GeoPoint(c.lat(), c.lon()))))
            .sorted((a, b) -> Double.compare(a.distanceMeters(), b.distanceMeters()))
            .limit(limit)
            .toList();
        return new Found(5_000, hits);
      }

      @Override
      public Optional<Creche> byId(String id) {
        return List.of(PETITS_ANGES, NOUR).stream().filter(c -> c.id().equals(id)).findFirst();
      }
    };
  }

  static Understanding understand(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.isEmpty()) {
      return new Understanding(null, true, 0, Intent.UNKNOWN, null, null, null, Set.of(), null);
    }
    boolean arabic = t.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC);
    Language lang = arabic ? Language.AR
        : Set.of("hello", "help", "more", "start").contains(t) ? Language.EN : Language.FR;
    Intent intent = Intent.UNKNOWN;
    Integer number = null;
    if (Set.of("stop", "arret", "توقف").contains(t)) {
      intent = Intent.STOP;
    } else if (Set.of("start", "ابدأ", "ابدا", "reprendre").contains(t)) {
      intent = Intent.START;
    } else if (Set.of("help", "aide", "مساعدة").contains(t)) {
      intent = Intent.HELP;
    } else if (Set.of("bonjour", "hello", "salam", "السلام عليكم", "مرحبا").contains(t)) {
      intent = Intent.GREETING;
    } else if (Set.of("plus", "more", "المزيد").contains(t)) {
      intent = Intent.MORE;
    } else if (t.matches("[0-9]{1,2}")) {
      intent = Intent.DETAILS;
      number = Integer.parseInt(t);
    } else if (t.contains("maarif") || t.contains("المعاريف") || t.contains("creche") || t.contains("crèche")) {
      intent = Intent.FIND;
    }
    Integer age = t.matches(".*\\b([0-9]) (ans|years)\\b.*")
        ? Integer.parseInt(t.replaceAll(".*\\b([0-9]) (ans|years)\\b.*", "$1")) * 12 : null;
    return new Understanding(lang, !arabic, 0.9, intent, null, null, age, Set.of(), number);
  }

  private static Creche creche(String id, String name, double lat, double lon) {
    return new Creche(id, name, null, CrecheType.PRIVATE, null, "Casablanca-Settat", "Casablanca",
        "Casablanca", "Maarif", null, "12 rue des Tests, Maarif", lat, lon, "+212522000000", 12, 48,
        30, 5, 800, "Mo-Fr 08:00-17:00", List.of("fr", "ar"), true, null, List.of(), false, null,
        null, null);
  }
}
