package ma.hadana.bot.api.places;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ma.hadana.registry.gazetteer.ArrondissementLocator;
import ma.hadana.registry.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(PlacesController.class)
@Import({Gazetteer.class, ArrondissementLocator.class})
class PlacesControllerTest {

  @Autowired private MockMvc mvc;

  @Test
  void showsAQuarterWithItsHonestPointAndArrondissement() throws Exception {
    mvc.perform(get("/api/v1/places/{id}", "nb:06.141.01.03:val-fleuri"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value("nb:06.141.01.03:val-fleuri"))
        .andExpect(jsonPath("$.kind").value("neighbourhood"))
        .andExpect(jsonPath("$.name").value("Val Fleuri"))
        .andExpect(jsonPath("$.nameAr").value("ڤال فلوري"))
        .andExpect(jsonPath("$.altNames").isArray())
        .andExpect(jsonPath("$.lat").isNumber())
        .andExpect(jsonPath("$.lon").isNumber())
        .andExpect(jsonPath("$.coordPrecision").value("arrondissement_centroid"))
        .andExpect(jsonPath("$.city").value("Casablanca"))
        .andExpect(jsonPath("$.province").value("Casablanca"))
        .andExpect(jsonPath("$.region").value("Casablanca-Settat"))
        .andExpect(jsonPath("$.parentId").value("arr:06.141.01.03"))
        .andExpect(jsonPath("$.arrondissement.id").value("arr:06.141.01.03"))
        .andExpect(jsonPath("$.arrondissement.name").value("Maârif"));
  }

  @Test
  void locatesAPointOfItsOwnInItsArrondissement() throws Exception {
    // A Who's On First point whose row hangs under the commune, not under an arrondissement.
    mvc.perform(get("/api/v1/places/{id}", "nb:01.511.01.0:tanja-balia"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.parentId").value("com:01.511.01.0"))
        .andExpect(jsonPath("$.coordPrecision").value("point"))
        .andExpect(jsonPath("$.arrondissement.id").value("arr:01.511.01.05"));
    // An old commune row sitting on the centroid of the arrondissement it became.
    mvc.perform(get("/api/v1/places/{id}", "com:COM_0232"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.kind").value("commune"))
        .andExpect(jsonPath("$.arrondissement.id").value("arr:01.511.01.05"));
  }

  @Test
  void namesNoArrondissementForACityOrAQuarterOnTheCityCentroid() throws Exception {
    mvc.perform(get("/api/v1/places/{id}", "com:COM_0231"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.population").value(3_144_909))
        .andExpect(jsonPath("$.arrondissement").doesNotExist());
    mvc.perform(get("/api/v1/places/{id}", "nb:06.141.01.0:habous"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.coordPrecision").value("commune_centroid"))
        .andExpect(jsonPath("$.arrondissement").doesNotExist());
  }

  @Test
  void showsNullCoordinatesForARowWithout() throws Exception {
    mvc.perform(get("/api/v1/places/{id}", "com:COM_0768"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.name").value("Tamansourt"))
        .andExpect(jsonPath("$.lat").isEmpty())
        .andExpect(jsonPath("$.coordPrecision").value("none"));
  }

  @Test
  void answers404WithTheUnknownId() throws Exception {
    mvc.perform(get("/api/v1/places/{id}", "nb:nowhere"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.error").value("not_found"))
        .andExpect(jsonPath("$.id").value("nb:nowhere"));
  }
}
