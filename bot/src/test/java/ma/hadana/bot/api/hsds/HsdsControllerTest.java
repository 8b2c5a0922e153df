package ma.hadana.bot.api.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.creche.Creches;
import ma.hadana.registry.creche.StoredCreche;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The bot's read-only HSDS endpoint pages listings as HSDS services. */
@WebMvcTest(HsdsController.class)
class HsdsControllerTest {

  @Autowired MockMvcTester mvc;
  @MockitoBean CrecheRepository repository;

  @Test
  void servesTheSecondPageOfServicesInTheHsdsPageShape() {
    when(repository.count()).thenReturn(3L);
    when(repository.findPage(2, 2)).thenReturn(List.of(
        new StoredCreche(Creches.DAKHLA_PRESCOLAIRE, 0, Instant.EPOCH, Instant.EPOCH)));
    assertThat(mvc.get().uri("/api/v1/hsds/services?page=2&per_page=2"))
        .hasStatusOk()
        .bodyJson()
        .satisfies(json -> {
          assertThat(json).extractingPath("$.total_items").isEqualTo(3);
          assertThat(json).extractingPath("$.total_pages").isEqualTo(2);
          assertThat(json).extractingPath("$.last_page").isEqualTo(true);
          assertThat(json).extractingPath("$.contents[0].name")
              .isEqualTo("Unité préscolaire Al Wahda");
          assertThat(json).extractingPath("$.contents[0].status").isEqualTo("temporarily closed");
        });
  }

  @Test
  void refusesAPageSizeAboveOneHundred() {
    assertThat(mvc.get().uri("/api/v1/hsds/services?per_page=101"))
        .hasStatus(HttpStatus.BAD_REQUEST);
  }
}
