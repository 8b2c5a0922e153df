package ma.hadana.admin.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.hadana.admin.web.CsvDownload;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** {@code /dashboard}: what families ask for, where, and where no crèche answers. */
@Controller
class DashboardController {

  static final int AREA_ROWS = 30;

  private final DemandQueries queries;
  private final NeedsSummary needs;
  private final Regions regions;
  private final DashboardTables tables;
  private final MessageSource messages;

  DashboardController(DemandQueries queries, NeedsSummary needs, Regions regions,
      DashboardTables tables, MessageSource messages) {
    this.queries = queries;
    this.needs = needs;
    this.regions = regions;
    this.tables = tables;
    this.messages = messages;
  }

  /** The needs summary by region and type as CSV. */
  @GetMapping("/dashboard/needs.csv")
  void needsCsv(HttpServletResponse response) throws IOException {
    NeedsSummary.csv(needs.rows(), CsvDownload.open(response, "needs-summary.csv"));
  }

  /** Any other table of the page as CSV over the same period ({@link DashboardTables#NAMES}). */
  @GetMapping("/dashboard/{table}.csv")
  void tableCsv(@PathVariable String table, @RequestParam(required = false) String weeks,
      Locale locale, HttpServletResponse response) throws IOException {
    if (!DashboardTables.NAMES.contains(table)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    Period period = Period.of(weeks);
    if (period.invalid()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      response.setContentType("text/plain;charset=UTF-8");
      response.getWriter().write(messages.getMessage("dashboard.weeksInvalid.csv",
          new Object[] {period.rejected(), Period.MIN, Period.MAX}, locale) + "\n");
      return;
    }
    Csv csv = tables.csv(table, period.weeks())
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    csv.write(CsvDownload.open(response, csv.file()));
  }

  @GetMapping("/dashboard")
  String dashboard(@RequestParam(required = false) String weeks, Locale locale, Model model) {
    Period period = Period.of(weeks);
    int w = period.weeks();
    model.addAttribute("period", period);
    boolean rtl = locale.getLanguage().equals("ar");
    CodeLabels labels = new CodeLabels(messages, locale);
    model.addAttribute("labels", labels);
    model.addAttribute("weeks", w);
    List<DemandQueries.Week> perWeek = queries.weeks(w);
    model.addAttribute("perWeek", perWeek);
    List<DemandQueries.Week> oldestFirst = new ArrayList<>(perWeek);
    Collections.reverse(oldestFirst);
    model.addAttribute("weekChart", BarChart.of(
        oldestFirst.stream().map(x -> x.week().toString()).toList(),
        oldestFirst.stream().map(DemandQueries.Week::searches).toList(), rtl));
    List<DemandQueries.Count> obstacles = queries.obstacles(w);
    model.addAttribute("obstacles", obstacles);
    model.addAttribute("obstacleChart", BarChart.of(
        obstacles.stream().map(o -> labels.obstacle(o.label())).toList(),
        obstacles.stream().map(DemandQueries.Count::count).toList(), rtl));
    model.addAttribute("obstacleRegions", regions.obstacles(queries.obstaclePlaces(w)));
    model.addAttribute("searchRegions", regions.searches(queries.searchPlaces(w)));
    List<DemandQueries.Area> areas = queries.areas(w, false, AREA_ROWS);
    List<DemandQueries.Area> unmet = queries.areas(w, true, AREA_ROWS);
    model.addAttribute("areas", areas);
    model.addAttribute("unmet", unmet);
    model.addAttribute("placeNames", placeNames(areas, unmet));
    model.addAttribute("languages", queries.shares("language", w));
    model.addAttribute("channels", queries.shares("channel", w));
    model.addAttribute("supply", queries.supply());
    model.addAttribute("verification", queries.verification());
    model.addAttribute("needs", needs.rows());
    model.addAttribute("farKm", DemandQueries.FAR_METERS / 1000);
    return "dashboard";
  }

  /** Gazetteer names of the arrondissement ids in the tables (events store ids only). */
  private Map<String, String> placeNames(List<DemandQueries.Area> a, List<DemandQueries.Area> b) {
    Map<String, String> names = new HashMap<>();
    for (List<DemandQueries.Area> list : List.of(a, b)) {
      for (DemandQueries.Area area : list) {
        names.put(area.arrondissement(), tables.placeName(area.arrondissement()));
      }
    }
    return names;
  }
}
