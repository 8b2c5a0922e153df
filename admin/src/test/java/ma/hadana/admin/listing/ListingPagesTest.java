package ma.hadana.admin.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.creche.Creches;
import ma.hadana.registry.creche.RegistryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The listing pages: search, edit with history, validation next to fields, stale versions. */
@SpringBootTest
@AutoConfigureMockMvc
class ListingPagesTest {

  private static final RequestPostProcessor EDITOR = user("editor@hadana.test").roles("EDITOR");

  @Autowired MockMvc mvc;
  @Autowired RegistryService registry;
  @Autowired CrecheRepository repository;

  @BeforeEach
  void fixtures() {
    for (Creche c : new Creche[] {Creches.MAARIF_PETITS_ANGES, Creches.SALE_AL_AMAL}) {
      if (repository.findById(c.id()).isEmpty()) {
        registry.save(c, null, "fixtures");
      }
    }
  }

  @Test
  void findsAListingByItsArabicNameAndListsNeverVerifiedOnesAsStale() throws Exception {
    mvc.perform(get("/listings").param("q", "الملائكة").with(EDITOR))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Crèche Les Petits Anges")))
        .andExpect(content().string(not(containsString("Al Amal"))));
    mvc.perform(get("/listings").param("stale", "true").with(EDITOR))
        .andExpect(content().string(containsString("Al Amal")));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"حضانه الملائكه", "الملايكة", "حَضانةُ المَلائِكة", "ﺣﻀﺎﻧﺔ",
      "creche les petits", "CRÈCHE LES PETITS ANGES", "maarif", "MAÂRIF", "cr-90001"})
  void findsAListingWhicheverWayItsNameIsTyped(String q) throws Exception {
    mvc.perform(get("/listings").param("q", q).with(EDITOR))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Crèche Les Petits Anges")))
        .andExpect(content().string(not(containsString("Al Amal"))));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"الملائكة الكبار", "petits diables"})
  void aSearchThatMatchesNothingShowsNoListing(String q) throws Exception {
    mvc.perform(get("/listings").param("q", q).with(EDITOR))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("CR-90001"))))
        .andExpect(content().string(not(containsString("Al Amal"))));
  }

  @Test
  void anEditIsSavedAndShowsInTheHistory() throws Exception {
    long version = repository.findById("CR-90002").orElseThrow().version();
    mvc.perform(edit("CR-90002", version, Map.of("places_available", "", "capacity", "25")))
        .andExpect(redirectedUrl("/listings/CR-90002?saved"));
    assertThat(repository.findById("CR-90002").orElseThrow().creche().capacity()).isEqualTo(25);
    mvc.perform(get("/listings/CR-90002").param("lang", "en").with(EDITOR))
        .andExpect(content().string(containsString("editor@hadana.test")))
        .andExpect(content().string(containsString("Capacity")));
  }

  @Test
  void aWrongValueIsReportedNextToItsFieldAndNothingIsSaved() throws Exception {
    long version = repository.findById("CR-90001").orElseThrow().version();
    mvc.perform(edit("CR-90001", version, Map.of("phone", "0522 00 11 22")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("doit être au format E.164")))
        .andExpect(content().string(containsString("value=\"0522 00 11 22\"")));
    assertThat(repository.findById("CR-90001").orElseThrow().version()).isEqualTo(version);
  }

  @Test
  void savingAnOldVersionTellsTheEditorSomeoneElseSavedFirst() throws Exception {
    long version = repository.findById("CR-90001").orElseThrow().version();
    mvc.perform(edit("CR-90001", version, Map.of("notes", "first")))
        .andExpect(status().is3xxRedirection());
    mvc.perform(edit("CR-90001", version, Map.of("notes", "second")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("id=\"stale-version\"")))
        .andExpect(content().string(containsString("second")));
    assertThat(repository.findById("CR-90001").orElseThrow().creche().notes()).isEqualTo("first");
  }

  @Test
  void deactivatingKeepsTheListingAndRecordsIt() throws Exception {
    Creche c = Creches.SALE_AL_AMAL;
    Creche copy = new Creche("CR-90020", c.name() + " II", null, c.type(), null, null, null,
        c.commune(), null, null, null, c.lat(), c.lon(), null, c.ageMinMonths(),
        c.ageMaxMonths(), null, null, null, null, null, null, null, null, null, null, null, null);
    registry.save(copy, null, "fixtures");
    mvc.perform(post("/listings/CR-90020/deactivate").with(EDITOR).with(csrf())
            .param("version", "0").param("status", "closed"))
        .andExpect(redirectedUrl("/listings/CR-90020?saved"));
    assertThat(repository.findById("CR-90020").orElseThrow().creche().status().code())
        .isEqualTo("closed");
    mvc.perform(get("/listings/CR-90020").param("lang", "en").with(EDITOR))
        .andExpect(content().string(containsString("Deactivated")));
    mvc.perform(post("/listings/CR-90020/deactivate").with(EDITOR).with(csrf())
            .param("version", "0").param("status", "closed"))
        .andExpect(redirectedUrl("/listings/CR-90020?stale"));
  }

  @Test
  void aNewListingGetsTheNextFreeIdAndIsCreated() throws Exception {
    String page = mvc.perform(get("/listings/new").with(EDITOR)).andReturn().getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("id=\"id\" name=\"id\" value=\"(CR-\\d{5})\"")
            .matcher(page);
    assertThat(m.find()).as("suggested id").isTrue();
    String id = m.group(1);
    assertThat(repository.findById(id)).isEmpty();
    Map<String, String> values = ListingForm.values(Creches.DAKHLA_PRESCOLAIRE);
    values.put("id", id);
    MockHttpServletRequestBuilder b = post("/listings/new").with(EDITOR).with(csrf());
    values.forEach(b::param);
    mvc.perform(b).andExpect(redirectedUrl("/listings/" + id + "?saved"));
    mvc.perform(b).andExpect(content().string(containsString("existe déjà")))
        .andExpect(status().isOk());
  }

  private MockHttpServletRequestBuilder edit(String id, long version, Map<String, String> set) {
    Map<String, String> values = ListingForm.values(repository.findById(id).orElseThrow().creche());
    values.putAll(set);
    MockHttpServletRequestBuilder b = post("/listings/" + id + "/edit").with(EDITOR).with(csrf())
        .param("version", String.valueOf(version));
    values.forEach(b::param);
    return b;
  }
}
