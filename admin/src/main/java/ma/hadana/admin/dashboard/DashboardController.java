package ma.hadana.admin.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /dashboard}: what families ask for, where, and where no crèche answers. */
@Controller
class DashboardController {

  static final int AREA_ROWS = 30;

  private final DemandQueries queries;

  DashboardController(DemandQueries queries) {
    this.queries = queries;
  }

  @GetMapping("/dashboard")
  String dashboard(@RequestParam(defaultValue = "12") int weeks, Model model) {
    int w = Math.min(Math.max(weeks, 1), 104);
    model.addAttribute("weeks", w);
    model.addAttribute("perWeek", queries.weeks(w));
    model.addAttribute("obstacles", queries.obstacles(w));
    model.addAttribute("areas", queries.areas(w, false, AREA_ROWS));
    model.addAttribute("unmet", queries.areas(w, true, AREA_ROWS));
    model.addAttribute("supply", queries.supply());
    model.addAttribute("farKm", DemandQueries.FAR_METERS / 1000);
    return "dashboard";
  }
}
