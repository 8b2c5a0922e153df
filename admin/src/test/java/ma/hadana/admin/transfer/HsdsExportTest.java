package ma.hadana.admin.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.creche.Creches;
import ma.hadana.registry.creche.RegistryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Every object of /exports/hsds.json is a valid HSDS 3.0 service (the published schema). */
@SpringBootTest
@AutoConfigureMockMvc
class HsdsExportTest {

  @Autowired MockMvc mvc;
  @Autowired RegistryService registry;
  @Autowired CrecheRepository repository;

  @Test
  void everyExportedServiceIsValidAgainstTheHsdsSchema() throws Exception {
    for (Creche c : new Creche[] {
        Creches.MAARIF_PETITS_ANGES, Creches.SALE_AL_AMAL, Creches.DAKHLA_PRESCOLAIRE}) {
      if (repository.findById(c.id()).isEmpty()) {
        registry.save(c, null, "fixtures");
      }
    }
    String json = mvc.perform(get("/exports/hsds.json").with(user("e").roles("EDITOR")))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    JsonNode services = new ObjectMapper().readTree(json);
    Schema schema;
    try (InputStream in = getClass().getResourceAsStream("/hsds/service_with_definitions.json")) {
      // Formats (uuid, uri, email) are only annotations in 2020-12 unless asserted.
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
              b -> b.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
          .getSchema(in, InputFormat.JSON);
    }
    assertThat(schema.validate("{\"id\": \"CR-90001\", \"name\": \"x\", \"status\": \"open\"}",
        InputFormat.JSON)).hasSizeGreaterThanOrEqualTo(2);
    assertThat(services.size()).isGreaterThanOrEqualTo(3);
    for (JsonNode service : services) {
      List<Error> errors = schema.validate(service);
      assertThat(errors).as(service.get("name").asString()).isEmpty();
    }
    JsonNode maarif = null;
    for (JsonNode s : services) {
      if (s.get("name").asString().startsWith("Crèche Les Petits Anges")) {
        maarif = s;
      }
    }
    assertThat(maarif).isNotNull();
    assertThat(maarif.at("/service_at_locations/0/location/external_identifier").asString())
        .isEqualTo("CR-90001");
    assertThat(maarif.at("/schedules").size()).isEqualTo(2);
    assertThat(maarif.at("/cost_options/0/amount").asInt()).isEqualTo(1800);
    assertThat(maarif.at("/required_documents").size()).isEqualTo(2);
    assertThat(maarif.at("/languages/2/code").asString()).isEqualTo("ary");
    Map<String, String> attributes = new TreeMap<>();
    for (JsonNode a : maarif.at("/attributes")) {
      assertThat(a.get("link_id").asString()).isEqualTo(maarif.get("id").asString());
      attributes.put(a.at("/taxonomy_term/code").asString(), a.get("value").asString());
    }
    assertThat(attributes).containsExactlyEntriesOf(new TreeMap<>(Map.of(
        "capacity", "40", "places_available", "6", "meals", "true",
        "accepts_undocumented", "no", "special_needs", "false")));
  }
}
