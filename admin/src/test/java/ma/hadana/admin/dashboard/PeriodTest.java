package ma.hadana.admin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** {@code ?weeks=}: valid periods work; junk gets a notice on the page and a 400 for a CSV. */
@SpringBootTest
@AutoConfigureMockMvc
class PeriodTest {

  private static final RequestPostProcessor EDITOR = user("e").roles("EDITOR");
  private static final List<String> JUNK =
      List.of("abc", "0", "-3", "100000", "105", "4.5", "12abc", "99999999999999");

  @Autowired MockMvc mvc;

  @Test
  void validPeriodsAndBlankAreReadAsGiven() {
    assertThat(Period.of(null)).isEqualTo(new Period(12, null));
    assertThat(Period.of("  ")).isEqualTo(new Period(12, null));
    assertThat(Period.of("1")).isEqualTo(new Period(1, null));
    assertThat(Period.of(" 8 ")).isEqualTo(new Period(8, null));
    assertThat(Period.of("104")).isEqualTo(new Period(104, null));
    for (String junk : JUNK) {
      assertThat(Period.of(junk)).as(junk).isEqualTo(new Period(12, junk));
    }
    assertThat(Period.of("x".repeat(500)).rejected()).hasSize(25).endsWith("…");
  }

  @Test
  void thePageSaysThePeriodWasInvalidAndWhichPeriodItShows() throws Exception {
    for (String junk : JUNK) {
      mvc.perform(get("/dashboard").param("weeks", junk).param("lang", "en").with(EDITOR))
          .andExpect(status().isOk())
          .andExpect(content().string(containsString("id=\"weeks-invalid\"")))
          .andExpect(content().string(containsString("&quot;" + junk + "&quot; is not a valid"
              + " period: give a whole number of weeks from 1 to 104. Showing the last 12"
              + " weeks.")))
          .andExpect(content().string(containsString("weeks.csv?weeks=12\"")));
    }
    mvc.perform(get("/dashboard").param("weeks", "abc").param("lang", "fr").with(EDITOR))
        .andExpect(content().string(containsString("Affichage des 12 dernières semaines")));
  }

  @Test
  void validPeriodsShowNoNotice() throws Exception {
    for (String ok : List.of("1", "8", "104")) {
      mvc.perform(get("/dashboard").param("weeks", ok).param("lang", "en").with(EDITOR))
          .andExpect(status().isOk())
          .andExpect(content().string(not(containsString("weeks-invalid"))))
          .andExpect(content().string(containsString("weeks.csv?weeks=" + ok + "\"")));
    }
    mvc.perform(get("/dashboard").with(EDITOR))
        .andExpect(content().string(not(containsString("weeks-invalid"))));
  }

  @Test
  void aCsvWithAnInvalidPeriodIsRefusedWithAPlainReason() throws Exception {
    for (String name : DashboardTables.NAMES) {
      for (String junk : JUNK) {
        mvc.perform(get("/dashboard/" + name + ".csv").param("weeks", junk).param("lang", "en")
                .with(EDITOR))
            .andExpect(status().isBadRequest())
            .andExpect(header().string("Content-Type", "text/plain;charset=UTF-8"))
            .andExpect(header().doesNotExist("Content-Disposition"))
            .andExpect(content().string("Invalid period \"" + junk + "\": weeks must be a whole"
                + " number of weeks from 1 to 104.\n"));
      }
      mvc.perform(get("/dashboard/" + name + ".csv").param("weeks", "104").with(EDITOR))
          .andExpect(status().isOk())
          .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"));
      mvc.perform(get("/dashboard/" + name + ".csv").with(EDITOR)).andExpect(status().isOk());
    }
    mvc.perform(get("/dashboard/weeks.csv").param("weeks", "-3").param("lang", "fr")
            .with(EDITOR))
        .andExpect(status().isBadRequest())
        .andExpect(content().string(containsString("Période invalide « -3 »")));
    mvc.perform(get("/dashboard/nothing.csv").param("weeks", "abc").with(EDITOR))
        .andExpect(status().isNotFound());
  }
}
