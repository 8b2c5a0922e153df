package ma.hadana.bot.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** With HADANA_SIMULATOR_TOKEN set, only callers with the bearer token get through. */
@SpringBootTest(properties = "hadana.simulator.token=s3cret-token")
@AutoConfigureMockMvc
class SimulatorTokenTest {

  @Autowired MockMvcTester mvc;

  @Test
  void aMissingOrWrongTokenIsRefusedAndTheRightOneAccepted() {
    String body = "{\"channel\":\"sms\",\"from\":\"t\",\"text\":\"bonjour\"}";
    assertThat(mvc.post().uri("/api/v1/simulate").contentType(MediaType.APPLICATION_JSON).content(body))
        .hasStatus(401);
    assertThat(mvc.post().uri("/api/v1/simulate").header("Authorization", "Bearer wrong")
        .contentType(MediaType.APPLICATION_JSON).content(body)).hasStatus(401);
    assertThat(mvc.post().uri("/api/v1/simulate").header("Authorization", "Bearer s3cret-token")
        .contentType(MediaType.APPLICATION_JSON).content(body)).hasStatusOk();
  }
}
