package ma.hadana.admin.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.creche.Creches;
import ma.hadana.registry.creche.RegistryService;
import ma.hadana.registry.importing.ImportReport;
import ma.hadana.registry.importing.RegistryImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Exports round-trip through the importer; an import is previewed, then applied from the session. */
@SpringBootTest
@AutoConfigureMockMvc
class TransferPagesTest {

  private static final RequestPostProcessor ADMIN = user("admin@hadana.test").roles("ADMIN");

  @Autowired MockMvc mvc;
  @Autowired RegistryService registry;
  @Autowired CrecheRepository repository;
  @Autowired RegistryImporter importer;

  @BeforeEach
  void fixtures() {
    for (Creche c : new Creche[] {Creches.MAARIF_PETITS_ANGES, Creches.DAKHLA_PRESCOLAIRE}) {
      if (repository.findById(c.id()).isEmpty()) {
        registry.save(c, null, "fixtures");
      }
    }
  }

  @Test
  void theCsvExportImportsBackUnchanged() throws Exception {
    String csv = mvc.perform(get("/exports/registry.csv").with(ADMIN)).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
    ImportReport report = importer.preview(new StringReader(csv));
    assertThat(report.errors()).isEmpty();
    assertThat(report.added()).isEmpty();
    assertThat(report.changed()).isEmpty();
    assertThat(report.unchanged()).contains("CR-90001", "CR-90003");
  }

  @Test
  void theGeoJsonExportHasOnePointPerListing() throws Exception {
    mvc.perform(get("/exports/registry.geojson").with(ADMIN))
        .andExpect(jsonPath("$.type").value("FeatureCollection"))
        .andExpect(jsonPath("$.features[?(@.id == 'CR-90003')].geometry.coordinates[0]")
            .value(-15.958));
  }

  @Test
  void anImportIsPreviewedThenAppliedFromTheSession() throws Exception {
    String csv = mvc.perform(get("/exports/registry.csv").with(ADMIN)).andReturn().getResponse()
        .getContentAsString(StandardCharsets.UTF_8)
        .replace("Unité préscolaire Al Wahda", "Unité préscolaire Al Wahda (Dakhla)");
    MockHttpSession session = new MockHttpSession();
    mvc.perform(multipart("/imports").file("file", csv.getBytes(StandardCharsets.UTF_8))
            .session(session).with(ADMIN).with(csrf()))
        .andExpect(content().string(containsString("id=\"apply\"")));
    assertThat(repository.findById("CR-90003").orElseThrow().creche().name())
        .isEqualTo("Unité préscolaire Al Wahda");
    mvc.perform(post("/imports/apply").session(session).with(ADMIN).with(csrf()));
    assertThat(repository.findById("CR-90003").orElseThrow().creche().name())
        .isEqualTo("Unité préscolaire Al Wahda (Dakhla)");
  }

  @Test
  void theGeoJsonExportImportsBackUnchangedThroughTheImportPage() throws Exception {
    byte[] geojson = mvc.perform(get("/exports/registry.geojson").with(ADMIN)).andReturn()
        .getResponse().getContentAsByteArray();
    mvc.perform(multipart("/imports").file("file", geojson).param("lang", "en")
            .with(ADMIN).with(csrf()))
        .andExpect(content().string(containsString(": 0 to add, 0 to change,")))
        .andExpect(content().string(containsString("id=\"apply\"")));
  }

  @Test
  void aGeoJsonFileWithErrorsShowsThemByFeatureAndProperty() throws Exception {
    String geojson = mvc.perform(get("/exports/registry.geojson").with(ADMIN)).andReturn()
        .getResponse().getContentAsString(StandardCharsets.UTF_8)
        .replaceFirst("\"age_min_months\":\"[0-9]+\"", "\"age_min_months\":\"trois\"");
    int second = geojson.indexOf("\"Point\"", geojson.indexOf("\"Point\"") + 1);
    geojson = geojson.substring(0, second) + "\"Polygon\"" + geojson.substring(second + 7);
    mvc.perform(multipart("/imports").file("file", geojson.getBytes(StandardCharsets.UTF_8))
            .param("lang", "fr").with(ADMIN).with(csrf()))
        .andExpect(content().string(containsString("objet 2 : la géométrie doit être un Point")))
        .andExpect(content().string(containsString("objet 1, propriété age_min_months : ")))
        .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"apply\""))));
  }
}
