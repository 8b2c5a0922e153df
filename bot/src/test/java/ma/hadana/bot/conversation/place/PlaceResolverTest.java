package ma.hadana.bot.conversation.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ma.hadana.registry.gazetteer.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceResolverTest {

  private final PlaceResolver resolver = Resolvers.RESOLVER;

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // French, SMS style
        "slt jcherche creche pr ma fille 2ans vers sidi moumen | arr:06.141.01.53",
        "creche vers gauthier casa pr bb 7 mois | nb:06.141.01.07:gauthier",
        "Bonjour, je cherche une place pour ma fille de 2 ans, nous habitons Val Fleuri à Casablanca | nb:06.141.01.03:val-fleuri",
        "crèche à Bettana Salé svp | arr:04.441.01.05",
        "je suis a fnideq a cote de sebta, creche pr mon fils 2 ans | com:01.573.01.01",
        "tamansourt pres de marrakech | com:COM_0768",
        // English
        "kindergarten near Charf, Tangier, for my 4 year old boy | nb:01.511.01.0:charf",
        "looking for a nursery in Maarif Casablanca | arr:06.141.01.03",
        "I live in Agdal, Rabat | nb:04.421.01.01:agdal",
        // Darija, Latin letters and Arabizi digits
        "bghit creche f 7ay el manar wejda | nb:02.411.01.23:hay-el-manar",
        "kayn chi creche f hay chmaou sla? | nb:04.441.01.0:chmaou",
        "kayna chi roda f bni makada tanja | arr:01.511.01.03",
        "fin kayna creche f l7ay lmo7ammadi | arr:06.141.01.25",
        "3in chok | arr:06.141.01.41",
        "ana mn mali, sakn f bab chaafa, bghit creche | nb:04.441.01.0:bab-chaafa",
        // Darija and Arabic, Arabic letters
        "بغيت روض قريب من بوخالف | nb:01.511.01.07:boukhalef",
        "كريش ف سيدي مومن | arr:06.141.01.53",
        "أبحث عن روض في حي الرياض بالرباط | nb:04.421.01.01:riad",
        "هل توجد روضة عمومية في حي الأندلس بوجدة؟ | nb:02.411.01.23:hay-al-andalous",
        "أبحث عن حضانة في سانية الرمل بتطوان | nb:01.571.01.11:saniat-rmel",
        "Bonjour, بغيت crèche ف Hivernage | nb:07.351.01.05:l-hivernage",
        // A town alone is its commune
        "wejda | com:COM_0551",
        "rbat | com:COM_0610",
        "sla | com:COM_0628",
        "9nitra | com:COM_0411",
        "khenifra | com:COM_0403",
        "Casablanca | com:COM_0231",
        "كازا | com:COM_0231",
        "الدار البيضاء | com:COM_0231",
        "creche a tanger | com:01.511.01.0",
        // Typos, scaled to the word's length
        "sidi mouman | arr:06.141.01.53",
        "maarief | arr:06.141.01.03",
        "bghit creche f gueznaya | com:01.511.01.09",
        // Longest span wins; a town named narrows the name; a quarter absent from it is ignored
        "Hay Salam Salé | nb:04.441.01.0:hay-essalam",
        "creche in massira marrakech pls | nb:07.351.01.09:massira-3",
      })
  void resolvesOnePlace(String text, String id) {
    assertThat(resolver.resolve(text))
        .isInstanceOfSatisfying(
            PlaceResolution.Resolved.class, r -> assertThat(r.place().id()).isEqualTo(id));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "je cherche une crèche",
        "2 ans",
        "mon fils a 2 ans",
        "salam",
        "bonjour",
        "ahlan",
        "wach kayn chi creche rkhisa",
        "Aidez-moi svp je sais pas comment chercher",
        "بغيت شي واحد يعيط ليا",
        "stop sending me sms",
        "3tini lakhrin",
        "near the mosque",
      })
  void findsNoPlaceInMessagesNamingNone(String text) {
    assertThat(resolver.resolve(text)).isInstanceOf(PlaceResolution.NotFound.class);
  }

  @Test
  void asksWhichCityWhenANameIsInSeveral() {
    var r = (PlaceResolution.Ambiguous) resolver.resolve("hay salam");
    assertThat(r.name()).isEqualTo("Hay Salam");
    assertThat(r.candidates()).extracting(PlaceCandidate::label)
        .startsWith("Casablanca")
        .contains("Salé", "Agadir", "Oujda", "Marrakech")
        .doesNotHaveDuplicates();
    assertThat(r.candidates()).hasSizeLessThanOrEqualTo(Grouping.MAX_CANDIDATES);
  }

  @Test
  void keepsOneCandidatePerCity() {
    var r = (PlaceResolution.Ambiguous) resolver.resolve("Val Fleuri");
    assertThat(r.candidates()).extracting(c -> c.place().id())
        .containsExactly("nb:06.141.01.03:val-fleuri", "nb:01.511.01.07:val-fleuri");
  }

  @Test
  void narrowsANameToTheCityChosenEarlierInTheDialogue() {
    Place tanger = place("com:01.511.01.0");
    Place rabat = place("com:COM_0610");
    assertThat(resolved("Val Fleuri", tanger)).isEqualTo("nb:01.511.01.07:val-fleuri");
    assertThat(resolved("crèche à Agdal svp", rabat)).isEqualTo("nb:04.421.01.01:agdal");
    // A town named in the message wins over the dialogue's.
    assertThat(resolved("Val Fleuri à Casablanca", tanger)).isEqualTo("nb:06.141.01.03:val-fleuri");
  }

  @Test
  void keepsTheQuarterButShowsItsCentroidHonestly() {
    Place gauthier = place(resolved("creche vers gauthier casa", null));
    assertThat(gauthier.kind().code()).isEqualTo("neighbourhood");
    assertThat(gauthier.coordPrecision().code()).isEqualTo("arrondissement_centroid");
  }

  @Test
  void readsTheAnswerToTheQuestionByNumberOrByCity() {
    List<PlaceCandidate> asked = ((PlaceResolution.Ambiguous) resolver.resolve("hay salam")).candidates();
    String sale = asked.stream().filter(c -> c.label().equals("Salé")).findFirst().orElseThrow().place().id();
    assertThat(resolver.resolveChoice("2", asked)).get().isEqualTo(asked.get(1).place());
    assertThat(resolver.resolveChoice("n°1", asked)).get().isEqualTo(asked.get(0).place());
    assertThat(resolver.resolveChoice("le 3eme", asked)).get().isEqualTo(asked.get(2).place());
    assertThat(resolver.resolveChoice("الثاني", asked)).get().isEqualTo(asked.get(1).place());
    assertThat(resolver.resolveChoice("juj", asked)).get().isEqualTo(asked.get(1).place());
    assertThat(resolver.resolveChoice("Salé", asked)).get().extracting(Place::id).isEqualTo(sale);
    assertThat(resolver.resolveChoice("sla", asked)).get().extracting(Place::id).isEqualTo(sale);
    assertThat(resolver.resolveChoice("f sla 3afak", asked)).get().extracting(Place::id).isEqualTo(sale);
    assertThat(resolver.resolveChoice("42", asked)).isEmpty();
    assertThat(resolver.resolveChoice("Fès", asked)).isEmpty();
  }

  @Test
  void answersTheSameObjectForARepeatedMessage() {
    assertThat(resolver.resolve("bghit creche f sidi moumen"))
        .isSameAs(resolver.resolve("bghit creche f sidi moumen"));
  }

  private String resolved(String text, Place context) {
    var r = resolver.resolve(text, context);
    assertThat(r).as(text).isInstanceOf(PlaceResolution.Resolved.class);
    return ((PlaceResolution.Resolved) r).place().id();
  }

  private static Place place(String id) {
    return Resolvers.GAZETTEER.byId(id).orElseThrow();
  }
}
