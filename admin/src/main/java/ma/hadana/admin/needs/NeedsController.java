package ma.hadana.admin.needs;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.hadana.admin.web.ReasonMessages;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.creche.StoredCreche;
import ma.hadana.registry.needs.Need;
import ma.hadana.registry.needs.NeedRules;
import ma.hadana.registry.needs.Needs;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** {@code /listings/{id}/needs}: the needs assessment of a listing, its history, and its form. */
@Controller
@RequestMapping("/listings/{id}/needs")
class NeedsController {

  private final CrecheRepository repository;
  private final Needs needs;
  private final ReasonMessages reasons;
  private final Clock clock;

  NeedsController(CrecheRepository repository, Needs needs, ReasonMessages reasons, Clock clock) {
    this.repository = repository;
    this.needs = needs;
    this.reasons = reasons;
    this.clock = clock;
  }

  @GetMapping
  String show(@PathVariable String id, Model model) {
    StoredCreche listing = find(id);
    return page(model, listing, NeedsForm.of(needs.forListing(id), LocalDate.now(clock)),
        Map.of());
  }

  @PostMapping
  String save(@PathVariable String id, @RequestParam MultiValueMap<String, String> params,
      Principal who, Model model, Locale locale) {
    StoredCreche listing = find(id);
    NeedsForm.Submitted form = NeedsForm.read(id, params, who.getName(), LocalDate.now(clock));
    if (!form.errors().isEmpty()) {
      Map<String, List<String>> translated = new LinkedHashMap<>();
      form.errors().forEach((field, list) -> translated.put(field,
          list.stream().map(r -> reasons.reason(r, locale)).toList()));
      return page(model, listing, form.values(), translated);
    }
    needs.replace(id, form.answers(), who.getName());
    return "redirect:/listings/" + id + "/needs?saved";
  }

  private String page(Model model, StoredCreche listing, NeedsForm.Values values,
      Map<String, List<String>> errors) {
    String id = listing.creche().id();
    model.addAttribute("listing", listing.creche());
    model.addAttribute("recorded", needs.forListing(id));
    model.addAttribute("history", needs.history(id));
    model.addAttribute("needs", Need.values());
    model.addAttribute("languages", NeedRules.LANGUAGES);
    model.addAttribute("values", values.fields());
    model.addAttribute("ticked", values.languages());
    model.addAttribute("errors", errors);
    return "listings/needs";
  }

  private StoredCreche find(String id) {
    return repository.findById(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
