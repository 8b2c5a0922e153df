package ma.hadana.admin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Every dashboard table downloads as CSV; languages, channels, regions, verification, charts. */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardCsvTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  private void event(String kind, String channel, String language, String commune, String arr,
      String category) {
    jdbc.sql("INSERT INTO conversation_event (occurred_at, kind, channel, language, commune,"
            + " arrondissement_id, results_count, nearest_meters, obstacle_category)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(Timestamp.from(Instant.now().minus(Duration.ofHours(1))), kind, channel,
            language, commune, arr, kind.equals("search") ? 0 : null, null, category)
        .update();
  }

  private String csv(String table) throws Exception {
    byte[] body = mvc.perform(get("/dashboard/" + table + ".csv").param("weeks", "4")
            .with(user("e").roles("EDITOR")))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray();
    assertThat(body.length > 0 && body[0] == (byte) 0xEF).as("byte-order mark").isFalse();
    return new String(body, StandardCharsets.UTF_8);
  }

  private static List<String> row(String csv, String prefix) {
    return Arrays.stream(csv.split("\r\n")).filter(l -> l.startsWith(prefix))
        .map(l -> List.of(l.split(",", -1))).findFirst().orElseThrow();
  }

  @Test
  void languagesChannelsAndRegionsAreCountedAndDownloadable() throws Exception {
    event("search", "dash-chan", "dash-lang", "Hay, Dash", null, null);
    event("search", "dash-chan", "dash-lang", "Hay, Dash", null, null);
    jdbc.sql("INSERT INTO conversation_event (occurred_at, kind, channel, commune, results_count,"
            + " nearest_meters, nearest_full) VALUES (now(), 'search', 'dash-other', 'Hay, Dash',"
            + " 3, 800, true)").update();
    event("obstacle", "dash-chan", "dash-lang", "Tit Mellil", null, "dash-cost");
    event("obstacle", "dash-chan", "dash-lang", null, "arr:01.511.01.03", "dash-cost");
    event("obstacle", "dash-chan", null, "Nowhere Known", null, "dash-cost");

    String languages = csv("languages");
    assertThat(languages).startsWith("language,searches,events\r\n");
    assertThat(row(languages, "dash-lang,")).containsExactly("dash-lang", "2", "4");
    assertThat(row(csv("channels"), "dash-chan,")).containsExactly("dash-chan", "2", "5");

    String regions = csv("obstacle-regions");
    assertThat(regions).startsWith("category,region,obstacles\r\n")
        .contains("dash-cost,Casablanca-Settat,1\r\n")
        .contains("dash-cost,Tanger-Tétouan-Al Hoceïma,1\r\n")
        .contains("dash-cost,,1\r\n");
    assertThat(csv("obstacles")).startsWith("category,obstacles\r\n").contains("dash-cost,3\r\n");

    String areas = csv("areas");
    assertThat(areas).startsWith("commune,arrondissement_id,arrondissement,searches,")
        .contains("\"Hay, Dash\",,,3,0,0\r\n");
    assertThat(csv("unmet")).startsWith("commune,arrondissement_id,arrondissement,no_result,"
        + "over_5_km,nearest_full,searches\r\n").contains("\"Hay, Dash\",,,2,0,1,3\r\n");
    assertThat(csv("weeks")).startsWith("week,searches,obstacles,not_understood,human\r\n");
    assertThat(csv("supply")).startsWith("region,type,active\r\n");

    String page = mvc.perform(get("/dashboard").param("lang", "en").param("weeks", "4")
            .with(user("a").roles("ADMIN")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("dash-lang", "dash-chan", "Unknown region", "Casablanca-Settat",
        "href=\"/dashboard/languages.csv?weeks=4\"");
    for (String name : DashboardTables.NAMES) {
      assertThat(page).contains("href=\"/dashboard/" + name + ".csv?weeks=4\"");
    }
    int categories = csv("obstacles").split("\r\n").length - 1;
    assertThat(bars(page, "chart-obstacles")).isEqualTo(categories).isPositive();
    int weeks = csv("weeks").split("\r\n").length - 1;
    assertThat(bars(page, "chart-weeks")).isEqualTo(weeks).isPositive();
    assertThat(page).contains("<title>dash-cost: 3</title>")
        .contains("aria-labelledby=\"chart-weeks-title chart-weeks-desc\"");
  }

  /** The number of bars in the inline SVG chart with that id. */
  private static int bars(String page, String id) {
    Matcher m = Pattern.compile("(?s)<svg[^>]*id=\"" + id + "\".*?</svg>").matcher(page);
    assertThat(m.find()).as(id).isTrue();
    return (int) Pattern.compile("<rect ").matcher(m.group()).results().count();
  }

  @Test
  void verificationAgeBucketsCountActiveListingsByType() throws Exception {
    String initial = csv("verification");
    List<String> before = initial.contains("\r\nassociative,")
        ? row(initial, "associative,") : List.of("associative", "0", "0", "0", "0");
    LocalDate today = LocalDate.now();
    List<String> after;
    try {
      for (LocalDate d : Arrays.asList(today.minusMonths(2), today.minusMonths(9),
          today.minusMonths(20), null)) {
        listing(d, "active");
      }
      listing(today, "closed");
      after = row(csv("verification"), "associative,");
    } finally {
      jdbc.sql("DELETE FROM creche WHERE name = 'Dash' AND id LIKE 'DASH-%'").update();
    }
    assertThat(csv("verification"))
        .startsWith("type,under_6_months,6_to_12_months,over_12_months,never\r\n");
    for (int i = 1; i <= 4; i++) {
      assertThat(Long.parseLong(after.get(i))).as("column " + i)
          .isEqualTo(Long.parseLong(before.get(i)) + 1);
    }
  }

  private void listing(LocalDate verified, String status) {
    jdbc.sql("INSERT INTO creche (id, name, type, lat, lon, age_min_months, age_max_months,"
            + " last_verified, status) VALUES (?, 'Dash', 'associative', 34.0, -6.8, 3, 36, ?, ?)")
        .params("DASH-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
            verified == null ? null : Date.valueOf(verified), status)
        .update();
  }

  @Test
  void socialWorkersAreRefusedEveryDownloadAndUnknownTablesAreNotFound() throws Exception {
    for (String name : DashboardTables.NAMES) {
      mvc.perform(get("/dashboard/" + name + ".csv").with(user("s").roles("SOCIAL_WORKER")))
          .andExpect(status().isForbidden());
    }
    mvc.perform(get("/dashboard/needs.csv").with(user("s").roles("SOCIAL_WORKER")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/dashboard/nothing.csv").with(user("a").roles("ADMIN")))
        .andExpect(status().isNotFound());
  }
}
