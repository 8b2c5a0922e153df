package ma.hadana.bot.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Oversized bodies get 413 before anything reads them; malformed ones 400. */
@SpringBootTest
@AutoConfigureMockMvc
class HttpLimitsTest {

  private static final String HUGE = "x".repeat(65 * 1024);

  @Autowired MockMvc mvc;

  @Test
  void anOversizedBodyGets413OnEveryEndpoint() throws Exception {
    String json = "{\"channel\":\"sms\",\"from\":\"+212600000999\",\"text\":\"" + HUGE + "\"}";
    mvc.perform(post("/api/v1/simulate").contentType(MediaType.APPLICATION_JSON).content(json))
        .andExpect(status().isPayloadTooLarge());
    mvc.perform(post("/webhooks/telegram").contentType(MediaType.APPLICATION_JSON).content(json))
        .andExpect(status().isPayloadTooLarge());
    mvc.perform(post("/webhooks/twilio/sms").contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .content("MessageSid=SM1&Body=" + HUGE)).andExpect(status().isPayloadTooLarge());
  }

  @Test
  void aLongButAcceptableMessageIsStillAnswered() throws Exception {
    String json = "{\"channel\":\"sms\",\"from\":\"+212600000998\",\"text\":\""
        + "bonjour ".repeat(240) + "\",\"padding\":\"" + "y".repeat(60_000) + "\"}";
    mvc.perform(post("/api/v1/simulate").contentType(MediaType.APPLICATION_JSON)
            .content(json.getBytes(StandardCharsets.UTF_8)))
        .andExpect(status().isOk());
  }

  @Test
  void aMalformedSimulatorBodyGets400() throws Exception {
    for (String body : new String[] {"{\"channel\":\"sms\",\"text\":", "[1,2", "\u0000\u0001",
        "{\"channel\":42,\"text\":{}}"}) {
      mvc.perform(post("/api/v1/simulate").contentType(MediaType.APPLICATION_JSON).content(body))
          .andExpect(status().isBadRequest());
    }
  }
}
