package ma.hadana.bot.api.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ma.hadana.bot.conversation.place.PlaceResolution;
import ma.hadana.bot.conversation.place.PlaceResolver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The whole bot: gazetteer beans wired, health and readiness report them, the API answers. */
@SpringBootTest
@AutoConfigureMockMvc
class PlacesEndToEndTest {

  @Autowired private MockMvc mvc;
  @Autowired private PlaceResolver resolver;

  @Test
  void reportsTheGazetteerUpAndReady() throws Exception {
    mvc.perform(get("/actuator/health"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.components.gazetteer.status").value("UP"))
        .andExpect(jsonPath("$.components.gazetteer.details.places").value(5_882))
        .andExpect(jsonPath("$.components.gazetteer.details.arrondissements").value(41));
    mvc.perform(get("/actuator/health/readiness"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"));
  }

  @Test
  void resolvesAMessageAndShowsThePlace() throws Exception {
    var r = (PlaceResolution.Resolved) resolver.resolve("bghit creche f sidi moumen");
    assertThat(r.place().id()).isEqualTo("arr:06.141.01.53");
    mvc.perform(get("/api/v1/places/{id}", r.place().id()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.nameAr").value("سيدي مومن"))
        .andExpect(jsonPath("$.arrondissement.id").value("arr:06.141.01.53"));
  }
}
