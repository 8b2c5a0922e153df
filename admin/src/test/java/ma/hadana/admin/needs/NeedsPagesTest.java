package ma.hadana.admin.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import ma.hadana.registry.creche.CrecheFields;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.creche.Creches;
import ma.hadana.registry.creche.RegistryService;
import ma.hadana.registry.importing.RowValidation;
import ma.hadana.registry.needs.Need;
import ma.hadana.registry.needs.NeedRecord;
import ma.hadana.registry.needs.Needs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The needs page, its validation and roles, the needs CSV round trip, the dashboard summary. */
@SpringBootTest
@AutoConfigureMockMvc
class NeedsPagesTest {

  static final String ID = "CR-97001";
  static final String REGION = "Région des tests de besoins";
  private static final RequestPostProcessor EDITOR = user("nadia@hadana.test").roles("EDITOR");
  private static final RequestPostProcessor ADMIN = user("admin@hadana.test").roles("ADMIN");

  @Autowired MockMvc mvc;
  @Autowired RegistryService registry;
  @Autowired CrecheRepository repository;
  @Autowired RowValidation validation;
  @Autowired Needs needs;

  @BeforeEach
  void listingOfItsOwnRegion() {
    if (repository.findById(ID).isEmpty()) {
      Map<String, String> values = new HashMap<>();
      CrecheFields.values(Creches.SALE_AL_AMAL).forEach((k, v) -> values.put(k, v == null ? "" : v));
      values.put("id", ID);
      values.put("region", REGION);
      registry.save(validation.check(values).creche(), null, "fixtures");
    }
    needs.replace(ID, Map.of(), "fixtures");
  }

  @Test
  void anEditorRecordsNeedsWhichShowWithTheirDateAndRecorder() throws Exception {
    mvc.perform(get("/listings/" + ID).with(EDITOR))
        .andExpect(content().string(containsString("/listings/" + ID + "/needs")));
    mvc.perform(post("/listings/" + ID + "/needs").with(EDITOR).with(csrf())
            .param("recorded_at", "2026-01-15")
            .param("trained_staff", "false")
            .param("staff_languages", "ar", "fr", "wo")
            .param("more_places", "true").param("more_places_places", "6")
            .param("accessibility_note", "")
            .param("other_note", "Besoin d'un coin lecture"))
        .andExpect(redirectedUrl("/listings/" + ID + "/needs?saved"));
    assertThat(needs.forListing(ID)).extracting(NeedRecord::need).containsExactly(
        Need.TRAINED_STAFF, Need.STAFF_LANGUAGES, Need.MORE_PLACES, Need.OTHER);
    assertThat(needs.forListing(ID).get(1).value()).isEqualTo("ar|fr|wo");
    assertThat(needs.forListing(ID)).allMatch(r -> r.recordedBy().equals("nadia@hadana.test")
        && r.recordedAt().toString().equals("2026-01-15"));
    mvc.perform(get("/listings/" + ID + "/needs").param("lang", "fr").with(EDITOR))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Wolof")))
        .andExpect(content().string(containsString("6 places possibles")))
        .andExpect(content().string(containsString("Besoin d&#39;un coin lecture")))
        .andExpect(content().string(containsString("nadia@hadana.test")));
  }

  @Test
  void aWrongAnswerIsShownNextToItsFieldAndNothingIsSaved() throws Exception {
    mvc.perform(post("/listings/" + ID + "/needs").with(EDITOR).with(csrf()).param("lang", "fr")
            .param("recorded_at", "2026-01-15")
            .param("fee_support", "true")
            .param("more_places", "false").param("more_places_places", "3"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("doit rester vide quand la réponse est non")))
        .andExpect(content().string(containsString("class=\"field invalid\"")));
    assertThat(needs.forListing(ID)).isEmpty();
  }

  @Test
  void socialWorkersAreRefusedAndAFormWithoutCsrfIsRefused() throws Exception {
    RequestPostProcessor worker = user("sara@hadana.test").roles("SOCIAL_WORKER");
    mvc.perform(get("/listings/" + ID + "/needs").with(worker)).andExpect(status().isForbidden());
    mvc.perform(post("/listings/" + ID + "/needs").with(worker).with(csrf())
        .param("fee_support", "true")).andExpect(status().isForbidden());
    mvc.perform(get("/exports/needs.csv").with(worker)).andExpect(status().isForbidden());
    mvc.perform(get("/dashboard/needs.csv").with(worker)).andExpect(status().isForbidden());
    mvc.perform(post("/listings/" + ID + "/needs").with(EDITOR).param("fee_support", "true")
        .param("recorded_at", "2026-01-15")).andExpect(status().isForbidden());
    assertThat(needs.forListing(ID)).isEmpty();
    mvc.perform(get("/listings/CR-00404/needs").with(EDITOR)).andExpect(status().isNotFound());
  }

  @Test
  void theNeedsExportImportsBackUnchangedAndABadFileShowsItsErrors() throws Exception {
    mvc.perform(post("/listings/" + ID + "/needs").with(EDITOR).with(csrf())
        .param("recorded_at", "2026-01-15").param("fee_support", "true")
        .param("accessibility", "false").param("accessibility_note", "escalier, pas de rampe"));
    String csv = mvc.perform(get("/exports/needs.csv").with(EDITOR)).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    assertThat(csv).startsWith("creche_id,need,value,places,note,recorded_at,recorded_by\r\n")
        .contains(ID + ",accessibility,false,,\"escalier, pas de rampe\",2026-01-15,"
            + "nadia@hadana.test\r\n");
    MockHttpSession session = new MockHttpSession();
    mvc.perform(multipart("/imports").file("file", csv.getBytes(StandardCharsets.UTF_8))
            .param("kind", "needs").param("lang", "en").session(session).with(ADMIN).with(csrf()))
        .andExpect(content().string(containsString(": 0 to add, 0 to change,")))
        .andExpect(content().string(containsString("Changed answers (listing/need)")))
        .andExpect(content().string(containsString("id=\"apply\"")));

    String changed = csv.replace(ID + ",fee_support,true", ID + ",fee_support,false");
    mvc.perform(multipart("/imports").file("file", changed.getBytes(StandardCharsets.UTF_8))
        .param("kind", "needs").session(session).with(ADMIN).with(csrf()));
    mvc.perform(post("/imports/apply").session(session).with(ADMIN).with(csrf()))
        .andExpect(status().isOk());
    assertThat(needs.forListing(ID)).filteredOn(r -> r.need() == Need.FEE_SUPPORT)
        .extracting(NeedRecord::value).containsExactly("false");

    String bad = "creche_id,need,value,places,note,recorded_at,recorded_by\r\n"
        + ID + ",more_places,false,4,,2026-01-15,Salma\r\n"
        + "CR-00404,fee_support,true,,,2026-01-15,Salma\r\n";
    mvc.perform(multipart("/imports").file("file", bad.getBytes(StandardCharsets.UTF_8))
            .param("kind", "needs").param("lang", "fr").with(ADMIN).with(csrf()))
        .andExpect(content().string(containsString(
            "ligne 2, colonne places : doit rester vide quand la réponse est non")))
        .andExpect(content().string(containsString(
            "ligne 3, colonne creche_id : aucune fiche ne porte cet identifiant")))
        .andExpect(content().string(not(containsString("id=\"apply\""))));
  }

  @Test
  void theDashboardSumsNeedsByRegionAndTypeAndOffersThemAsCsv() throws Exception {
    mvc.perform(post("/listings/" + ID + "/needs").with(EDITOR).with(csrf())
        .param("recorded_at", "2026-01-15").param("trained_staff", "true")
        .param("more_places", "true").param("more_places_places", "9")
        .param("fee_support", "true"));
    mvc.perform(get("/dashboard").param("lang", "fr").with(EDITOR))
        .andExpect(content().string(containsString("id=\"needs-summary\"")))
        .andExpect(content().string(containsString(REGION)));
    String type = Creches.SALE_AL_AMAL.type().code();
    mvc.perform(get("/dashboard/needs.csv").with(EDITOR))
        .andExpect(content().string(containsString("region,type,listings,assessed,"
            + "trained_staff_answered,trained_staff_yes,trained_staff_percent,"
            + "places_could_be_added,fee_support,accessible\r\n")))
        .andExpect(content().string(containsString(REGION + "," + type + ",1,1,1,1,100,9,1,0\r\n")));
  }
}
