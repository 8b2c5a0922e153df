package ma.hadana.admin.dashboard;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The dashboard counts demand per area and shows where searches found no crèche near. */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  private void event(String kind, String commune, Integer results, Integer nearest) {
    jdbc.sql("INSERT INTO conversation_event (occurred_at, kind, channel, commune, results_count,"
            + " nearest_meters, obstacle_category) VALUES (?, ?, 'sms', ?, ?, ?, ?)")
        .params(Timestamp.from(Instant.now()), kind, commune, results, nearest,
            kind.equals("obstacle") ? "documents" : null)
        .update();
  }

  @Test
  void showsWhereSearchesFoundNoCrecheNear() throws Exception {
    event("search", "Tit Mellil", 0, null);
    event("search", "Tit Mellil", 2, 8_000);
    event("search", "Salé", 3, 900);
    event("obstacle", "Salé", null, null);
    event("not_understood", null, null, null);
    mvc.perform(get("/dashboard").param("lang", "en").with(user("a").roles("ADMIN")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Tit Mellil")))
        .andExpect(content().string(containsString("<td>Papers</td>")))
        .andExpect(content().string(not(containsString("<td>documents</td>"))))
        .andExpect(content().string(containsString("id=\"unmet\"")));
    mvc.perform(get("/dashboard/obstacles.csv").with(user("a").roles("ADMIN")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("\r\ndocuments,")))
        .andExpect(content().string(not(containsString("Papers"))));
    mvc.perform(get("/dashboard").with(user("s").roles("SOCIAL_WORKER")))
        .andExpect(status().isForbidden());
  }
}
