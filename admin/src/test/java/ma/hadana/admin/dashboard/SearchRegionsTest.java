package ma.hadana.admin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Searches by region: the region comes from the event's place id, else its arrondissement, else
 * its commune name; the unmet part (no result, nearest far, nearest full) is counted alongside.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SearchRegionsTest {

  /** Agadir (commune), Souss-Massa. */
  static final String AGADIR = "com:COM_0014";
  /** Sidi Moumen (arrondissement of Casablanca), Casablanca-Settat. */
  static final String SIDI_MOUMEN = "arr:06.141.01.53";

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  static void search(JdbcClient jdbc, String kind, String placeId, String arrondissement,
      String commune, Integer results, Integer nearest, Boolean full) {
    jdbc.sql("INSERT INTO conversation_event (occurred_at, kind, channel, place_id,"
            + " arrondissement_id, commune, results_count, nearest_meters, nearest_full)"
            + " VALUES (?, ?, 'sms', ?, ?, ?, ?, ?, ?)")
        .params(Timestamp.from(Instant.now().minus(Duration.ofHours(3))), kind, placeId,
            arrondissement, commune, results, nearest, full)
        .update();
  }

  private String csv() throws Exception {
    return new String(mvc.perform(get("/dashboard/search-regions.csv").param("weeks", "2")
            .with(user("e").roles("EDITOR")))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
  }

  /** The counts of a region's row (zeros when it has none yet). */
  private static long[] counts(String csv, String region) {
    return Arrays.stream(csv.split("\r\n")).skip(1).map(l -> l.split(",", -1))
        .filter(c -> c[0].equals(region)).findFirst()
        .map(c -> Arrays.stream(c).skip(1).mapToLong(Long::parseLong).toArray())
        .orElse(new long[5]);
  }

  private static long[] delta(String before, String after, String region) {
    long[] a = counts(before, region);
    long[] b = counts(after, region);
    long[] d = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      d[i] = b[i] - a[i];
    }
    return d;
  }

  @Test
  void searchesAreSummedByRegionWithTheirUnmetPart() throws Exception {
    String before = csv();
    search(jdbc, "search", AGADIR, null, null, 0, null, null);
    search(jdbc, "search", AGADIR, null, "Agadir", 2, 9_000, false);
    search(jdbc, "search", AGADIR, null, null, 1, 300, true);
    search(jdbc, "search", AGADIR, null, null, 2, 500, false);
    search(jdbc, "search", AGADIR, SIDI_MOUMEN, "Casablanca", 3, 700, false);
    search(jdbc, "obstacle", AGADIR, null, null, null, null, null);
    search(jdbc, "search", null, SIDI_MOUMEN, null, 0, null, null);
    search(jdbc, "search", null, null, "Tit Mellil", 3, 400, false);
    search(jdbc, "search", null, null, "Nowhere Known", 0, null, null);
    String after = csv();

    assertThat(after).startsWith(
        "region,searches,no_result,over_5_km,nearest_full,unmet\r\n");
    assertThat(delta(before, after, "Souss-Massa")).as("place id first")
        .containsExactly(5, 1, 1, 1, 3);
    assertThat(delta(before, after, "Casablanca-Settat")).as("arrondissement, then commune")
        .containsExactly(2, 1, 0, 0, 1);
    assertThat(delta(before, after, "")).as("unknown region").containsExactly(1, 1, 0, 0, 1);

    String page = mvc.perform(get("/dashboard").param("lang", "en").param("weeks", "2")
            .with(user("a").roles("ADMIN")))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    assertThat(page).contains("Searches by region", "id=\"search-regions\"",
        "href=\"/dashboard/search-regions.csv?weeks=2\"");
    Matcher row = Pattern.compile("<td>Souss-Massa</td>\\s*" + "<td>(\\d+)</td>\\s*".repeat(5))
        .matcher(page);
    assertThat(row.find()).isTrue();
    long[] souss = counts(after, "Souss-Massa");
    for (int i = 0; i < 5; i++) {
      assertThat(Long.parseLong(row.group(i + 1))).isEqualTo(souss[i]);
    }
  }
}
