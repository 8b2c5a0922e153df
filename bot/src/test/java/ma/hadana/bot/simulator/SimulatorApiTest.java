package ma.hadana.bot.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.search.CrecheSearch;
import ma.hadana.registry.search.DemoCreches;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The simulator API end to end on the real core and database. */
@SpringBootTest
@AutoConfigureMockMvc
class SimulatorApiTest {

  @Autowired MockMvcTester mvc;
  @Autowired CrecheRepository repository;
  @Autowired CrecheSearch search;

  @BeforeEach
  void loadTheDemoRegistryOnce() {
    DemoCreches.loadInto(repository, search);
  }

  private MvcTestResult post(String json) {
    return mvc.post().uri("/api/v1/simulate").contentType(MediaType.APPLICATION_JSON).content(json).exchange();
  }

  @Test
  void aSearchReturnsRepliesWithEncodingAndSegmentsAndTheInterpretation() {
    MvcTestResult r = post("{\"channel\":\"sms\",\"from\":\"+212600000101\","
        + "\"text\":\"creche vers gauthier casa pr bb 7 mois\"}");
    assertThat(r).hasStatusOk();
    assertThat(r).bodyJson().extractingPath("$.interpretation.intent").isEqualTo("find");
    assertThat(r).bodyJson().extractingPath("$.interpretation.language").isEqualTo("fr");
    assertThat(r).bodyJson().extractingPath("$.interpretation.ageMonths").isEqualTo(7);
    assertThat(r).bodyJson().extractingPath("$.interpretation.place.id").asString().contains("gauthier");
    assertThat(r).bodyJson().extractingPath("$.replies[1].encoding").isEqualTo("GSM-7");
    assertThat(r).bodyJson().extractingPath("$.replies[1].segments").asNumber().satisfies(
        n -> assertThat(n.intValue()).isBetween(1, 2));
  }

  @Test
  void theSameSenderContinuesTheDialogueAcrossCalls() {
    post("{\"channel\":\"telegram\",\"from\":\"chat-77\",\"text\":\"je cherche une creche\"}");
    MvcTestResult r = post("{\"channel\":\"telegram\",\"from\":\"chat-77\",\"text\":\"Maarif, Casablanca\"}");
    assertThat(r).bodyJson().extractingPath("$.interpretation.intent").isEqualTo("find");
    assertThat(r).bodyJson().extractingPath("$.replies[0].choices").asArray().isNotEmpty();
  }

  @Test
  void aSharedLocationIsASearchWithoutText() {
    MvcTestResult r = post("{\"channel\":\"telegram\",\"from\":\"chat-78\",\"location\":{\"lat\":33.583,\"lon\":-7.633}}");
    assertThat(r).hasStatusOk();
    assertThat(r).bodyJson().extractingPath("$.interpretation.intent").isEqualTo("find");
  }

  @Test
  void badRequestsNameTheParameter() {
    assertThat(post("{\"channel\":\"fax\",\"from\":\"x\",\"text\":\"hi\"}")).hasStatus(400)
        .bodyJson().extractingPath("$.parameter").isEqualTo("channel");
    assertThat(post("{\"channel\":\"sms\",\"text\":\"hi\"}")).hasStatus(400)
        .bodyJson().extractingPath("$.parameter").isEqualTo("from");
    assertThat(post("{\"channel\":\"sms\",\"from\":\"x\",\"text\":\"  \"}")).hasStatus(400)
        .bodyJson().extractingPath("$.parameter").isEqualTo("text");
    assertThat(post("{\"channel\":\"sms\",\"from\":\"x\",\"text\":\"" + "a".repeat(2001) + "\"}")).hasStatus(400);
  }

  @Test
  void anyUnicodeTextGetsAnAnswerNotAnError() {
    for (String text : new String[] {"\u202e\u200f😀😀", "ا\u0301\u0301\u0301", "\u0000\u0001", "𝕳𝖆𝖉𝖆𝖓𝖆", "٣٣٣٣٣٣"}) {
      String json = "{\"channel\":\"sms\",\"from\":\"fuzz\",\"text\":\"" + text.replace("\u0000", "\\u0000")
          .replace("\u0001", "\\u0001") + "\"}";
      assertThat(post(json)).as(text).hasStatusOk();
    }
  }
}
