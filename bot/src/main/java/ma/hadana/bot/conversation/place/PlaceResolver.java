package ma.hadana.bot.conversation.place;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Optional;
import ma.hadana.registry.gazetteer.Gazetteer;
import ma.hadana.registry.gazetteer.Place;
import ma.hadana.registry.gazetteer.PlaceIndex;
import org.springframework.stereotype.Component;

/**
 * Reads where a family looks for a crèche from a message in French, Arabic, English or Darija
 * (Arabic letters or Arabizi): one gazetteer place, a few candidates to ask about, or none.
 * Knows no channel; answers are cached.
 */
@Component
public class PlaceResolver {

  private static final int CACHE_SIZE = 10_000;

  private record Key(String text, String contextId) {}

  private final MessageTokens tokens;
  private final SpanFinder finder;
  private final Interpreter interpreter;
  private final Choices choices;
  private final Cache<Key, PlaceResolution> cache =
      Caffeine.newBuilder().maximumSize(CACHE_SIZE).build();

  public PlaceResolver(Gazetteer gazetteer, PlaceIndex index) {
    Cities cities = new Cities(gazetteer);
    this.tokens = new MessageTokens(Stopwords.shipped());
    this.finder = new SpanFinder(index);
    this.interpreter = new Interpreter(cities, index);
    this.choices = new Choices(cities);
  }

  /** The place a message names, with no city known from the dialogue. */
  public PlaceResolution resolve(String text) {
    return resolve(text, null);
  }

  /**
   * The place a message names. {@code context} is a town chosen earlier in the dialogue (may be
   * {@code null}); it narrows a name found in several cities unless the message names a town.
   */
  public PlaceResolution resolve(String text, Place context) {
    if (text == null || text.isBlank()) {
      return new PlaceResolution.NotFound();
    }
    Key key = new Key(text, context == null ? "" : context.id());
    return cache.get(key, k -> resolveUncached(text, context));
  }

  /** The resolution without the cache (benchmarks). */
  PlaceResolution resolveUncached(String text, Place context) {
    return interpreter.interpret(finder.find(tokens.tokens(text)), context);
  }

  /**
   * The candidate a reply to a disambiguation question picks: its number ("2", "n°2", "الثاني",
   * "juj") or its city ("Salé", "sla"). Empty when the reply picks none or several.
   */
  public Optional<Place> resolveChoice(String text, List<PlaceCandidate> candidates) {
    if (text == null || text.isBlank() || candidates.isEmpty()) {
      return Optional.empty();
    }
    Optional<Place> byNumber = choices.byNumber(text, candidates);
    if (byNumber.isPresent()) {
      return byNumber;
    }
    List<Place> named =
        finder.find(tokens.tokens(text)).stream()
            .flatMap(s -> s.names().stream())
            .map(n -> n.place())
            .toList();
    return choices.byPlace(named, candidates);
  }
}
