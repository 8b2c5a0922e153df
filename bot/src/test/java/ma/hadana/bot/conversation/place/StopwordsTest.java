package ma.hadana.bot.conversation.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ma.hadana.registry.gazetteer.Place;
import ma.hadana.registry.gazetteer.PlaceKind;
import ma.hadana.registry.gazetteer.PlaceNames;
import ma.hadana.registry.text.Fold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StopwordsTest {

  private final Stopwords stopwords = Stopwords.shipped();

  @ParameterizedTest
  @CsvSource({"creche", "crèche", "bghit", "pour", "near", "fin", "kayn", "ana", "mon", "fille", "ans", "3afak", "حضانة", "الروض", "بغيت"})
  void knowsTheCommonWordsOfTheFourLanguages(String word) {
    assertThat(PlaceNames.tokens(MessageTokens.arabizi(word))).allMatch(stopwords::contains);
  }

  @Test
  void neverHidesAWellKnownPlace() {
    // Folding can make a common word spell a place ("fees" → "fes"): no town of 30,000 people,
    // arrondissement or aliased place may be a stopword once folded in all its names, unless it
    // is marked as a place after "f", "à", "in"... ("safi") or its name has "hay" and co.
    List<String> hidden =
        Resolvers.GAZETTEER.all().stream()
            .filter(StopwordsTest::wellKnown)
            .filter(p -> oneWordStop(p.name()) && (p.nameAr() == null || oneWordStop(p.nameAr())))
            .map(Place::name)
            .toList();
    assertThat(hidden).isEmpty();
  }

  private static boolean wellKnown(Place p) {
    return p.kind() == PlaceKind.ARRONDISSEMENT
        || p.kind().settlement() && p.populationOrZero() >= Interpreter.TOWN_POPULATION
        || Resolvers.INDEX.isAliased(p.id());
  }

  private boolean oneWordStop(String name) {
    List<String> tokens = PlaceNames.tokens(name);
    boolean generic = PlaceNames.rawTokens(Fold.fold(name)).size() > tokens.size();
    return tokens.size() == 1
        && !generic
        && stopwords.contains(tokens.get(0))
        && !stopwords.placeAfterLocative(tokens.get(0));
  }

  @ParameterizedTest
  @CsvSource({"creche f safi, com:COM_0624", "je cherche à Saiss à Fès, arr:03.231.01.05"})
  void readsAPlaceNamedLikeACommonWordAfterALocative(String text, String id) {
    assertThat(Resolvers.RESOLVER.resolve(text))
        .isEqualTo(new PlaceResolution.Resolved(Resolvers.GAZETTEER.byId(id).orElseThrow()));
  }

  @ParameterizedTest
  @CsvSource({"safi merci", "je sais pas"})
  void readsTheCommonWordOtherwise(String text) {
    assertThat(Resolvers.RESOLVER.resolve(text)).isInstanceOf(PlaceResolution.NotFound.class);
  }
}
