package ma.hadana.admin.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** /try relays a message to the bot's simulator (a fake here) and shows encoding and segments. */
@SpringBootTest
@AutoConfigureMockMvc
class TryPageTest {

  private static final AtomicReference<String> received = new AtomicReference<>();
  private static final HttpServer bot = fakeBot();

  @DynamicPropertySource
  static void botUrl(DynamicPropertyRegistry registry) {
    registry.add("hadana.bot.url", () -> "http://localhost:" + bot.getAddress().getPort());
    registry.add("hadana.bot.simulator-token", () -> "s3cret");
  }

  @AfterAll
  static void stop() {
    bot.stop(0);
  }

  @Autowired MockMvc mvc;

  @Test
  void showsEachReplyWithItsEncodingAndSegments() throws Exception {
    MockHttpSession session = new MockHttpSession();
    mvc.perform(post("/try").session(session).with(csrf())
        .with(user("sw@hadana.test").roles("SOCIAL_WORKER"))
        .param("channel", "sms").param("text", "crèche Maârif"));
    assertThat(received.get()).contains("\"text\":\"crèche Maârif\"")
        .contains("\"from\":\"console:sw@hadana.test\"").contains("Bearer s3cret");
    mvc.perform(get("/try").param("lang", "en").session(session)
            .with(user("sw@hadana.test").roles("SOCIAL_WORKER")))
        .andExpect(content().string(containsString("1. Crèche Les Petits Anges")))
        .andExpect(content().string(containsString("UCS-2 · 2 SMS segment(s)")));
  }

  private static HttpServer fakeBot() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
      server.createContext("/api/v1/simulate", exchange -> {
        received.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
            + " " + exchange.getRequestHeaders().getFirst("Authorization"));
        byte[] body = ("{\"replies\":[{\"text\":\"1. Crèche Les Petits Anges\","
            + "\"language\":\"fr\",\"encoding\":\"UCS-2\",\"segments\":2,\"choices\":[]}]}")
            .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
      });
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
