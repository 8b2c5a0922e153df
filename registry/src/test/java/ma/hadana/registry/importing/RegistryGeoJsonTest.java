package ma.hadana.registry.importing;

import static ma.hadana.registry.creche.Creches.DAKHLA_PRESCOLAIRE;
import static ma.hadana.registry.creche.Creches.MAARIF_PETITS_ANGES;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ma.hadana.registry.creche.AuditRows;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.creche.CrecheRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** GeoJSON FeatureCollections go through the registry's rules, located by feature. */
@SpringBootTest
class RegistryGeoJsonTest {

  @Autowired RegistryImporter importer;
  @Autowired CrecheRepository repository;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void emptyRegistry() {
    new AuditRows(jdbc).clearRegistry();
  }

  /** The feature the console's /exports/registry.geojson writes. */
  static Map<String, Object> feature(Creche c) {
    return RegistryGeoJson.feature(c);
  }

  static String collection(List<Map<String, Object>> features) {
    return JsonMapper.builder().build().writeValueAsString(RegistryGeoJson.collection(features));
  }

  @Test
  void aCollectionIsImportedAndImportingItAgainChangesNothing() {
    String json = collection(List.of(feature(MAARIF_PETITS_ANGES), feature(DAKHLA_PRESCOLAIRE)));
    ImportReport preview = importer.previewGeoJson(new StringReader(json));
    assertThat(preview.errors()).isEmpty();
    assertThat(preview.added()).containsExactly("CR-90001", "CR-90003");
    assertThat(importer.applyGeoJson(new StringReader(json), "geo-test").applied()).isTrue();
    assertThat(repository.findById("CR-90003").orElseThrow().creche())
        .isEqualTo(DAKHLA_PRESCOLAIRE);
    ImportReport again = importer.applyGeoJson(new StringReader(json), "geo-test");
    assertThat(again.unchanged()).containsExactly("CR-90001", "CR-90003");
    assertThat(again.changed()).isEmpty();
  }

  @Test
  void jsonNumbersAndBooleansAndNullsReadLikeCsvCells() {
    Map<String, Object> f = feature(MAARIF_PETITS_ANGES);
    @SuppressWarnings("unchecked")
    Map<String, Object> p = (Map<String, Object>) f.get("properties");
    p.put("age_min_months", 3);
    p.put("meals", true);
    p.put("languages", List.of("fr", "ar"));
    p.put("notes", null);
    ImportReport r = importer.previewGeoJson(new StringReader(collection(List.of(f))));
    assertThat(r.errors()).isEmpty();
  }

  @Test
  void everyErrorNamesItsFeatureAndPropertyAndNothingIsWritten() {
    List<Map<String, Object>> features = new ArrayList<>();
    features.add(feature(MAARIF_PETITS_ANGES));
    Map<String, Object> badAge = feature(DAKHLA_PRESCOLAIRE);
    @SuppressWarnings("unchecked")
    Map<String, Object> p = (Map<String, Object>) badAge.get("properties");
    p.put("age_min_months", "douze");
    p.put("couleur", "bleu");
    features.add(badAge);
    Map<String, Object> line = feature(DAKHLA_PRESCOLAIRE);
    line.put("geometry", Map.of("type", "LineString", "coordinates", List.of()));
    features.add(line);
    features.add(feature(MAARIF_PETITS_ANGES));
    ImportReport r = importer.applyGeoJson(new StringReader(collection(features)), "geo-test");
    assertThat(r.applied()).isFalse();
    assertThat(r.errors()).containsExactly(
        "feature 2, property couleur: unknown property",
        "feature 2, property age_min_months: must be a whole number",
        "feature 3: geometry must be a Point with [lon, lat] coordinates",
        "feature 4, property id: duplicate id, first used on feature 1");
    assertThat(repository.findById("CR-90001")).isEmpty();
  }

  @Test
  void somethingElseThanAFeatureCollectionIsRefusedWithItsLine() {
    assertThat(importer.previewGeoJson(new StringReader("{\"type\": \"Feature\"}")).errors())
        .containsExactly("line 1: not a GeoJSON FeatureCollection with a features array");
    assertThat(importer.previewGeoJson(new StringReader("{\n\"type\": \"FeatureCollection\",\n"
        + "\"features\": [,]}")).errors()).containsExactly("line 3: not valid JSON");
  }
}
