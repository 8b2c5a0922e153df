package ma.hadana.admin.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.hadana.registry.gazetteer.Gazetteer;
import ma.hadana.registry.gazetteer.Place;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /dashboard}: what families ask for, where, and where no crèche answers. */
@Controller
class DashboardController {

  static final int AREA_ROWS = 30;

  private final DemandQueries queries;
  private final NeedsSummary needs;
  private final Gazetteer gazetteer;

  DashboardController(DemandQueries queries, NeedsSummary needs, Gazetteer gazetteer) {
    this.queries = queries;
    this.needs = needs;
    this.gazetteer = gazetteer;
  }

  /** The needs summary by region and type as CSV. */
  @GetMapping("/dashboard/needs.csv")
  void needsCsv(HttpServletResponse response) throws IOException {
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"needs-summary.csv\"");
    NeedsSummary.csv(needs.rows(),
        new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
  }

  @GetMapping("/dashboard")
  String dashboard(@RequestParam(defaultValue = "12") int weeks, Model model) {
    int w = Math.min(Math.max(weeks, 1), 104);
    model.addAttribute("weeks", w);
    model.addAttribute("perWeek", queries.weeks(w));
    model.addAttribute("obstacles", queries.obstacles(w));
    List<DemandQueries.Area> areas = queries.areas(w, false, AREA_ROWS);
    List<DemandQueries.Area> unmet = queries.areas(w, true, AREA_ROWS);
    model.addAttribute("areas", areas);
    model.addAttribute("unmet", unmet);
    model.addAttribute("placeNames", placeNames(areas, unmet));
    model.addAttribute("supply", queries.supply());
    model.addAttribute("needs", needs.rows());
    model.addAttribute("farKm", DemandQueries.FAR_METERS / 1000);
    return "dashboard";
  }

  /** Gazetteer names of the arrondissement ids in the tables (events store ids only). */
  private Map<String, String> placeNames(List<DemandQueries.Area> a, List<DemandQueries.Area> b) {
    Map<String, String> names = new HashMap<>();
    for (List<DemandQueries.Area> list : List.of(a, b)) {
      for (DemandQueries.Area area : list) {
        String id = area.arrondissement();
        if (!id.isEmpty()) {
          names.put(id, gazetteer.byId(id).map(Place::name).orElse(id));
        }
      }
    }
    return names;
  }
}
