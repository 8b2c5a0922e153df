package ma.hadana.admin.listing;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ma.hadana.admin.web.ReasonMessages;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.creche.CrecheStatus;
import ma.hadana.registry.creche.RegistryService;
import ma.hadana.registry.creche.StaleVersionException;
import ma.hadana.registry.creche.StoredCreche;
import ma.hadana.registry.importing.RowValidation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Listings: search, show with history, create, edit with optimistic locking, deactivate. */
@Controller
@RequestMapping("/listings")
class ListingController {

  private final ListingQueries queries;
  private final CrecheRepository repository;
  private final RegistryService registry;
  private final RowValidation validation;
  private final ReasonMessages reasons;

  ListingController(ListingQueries queries, CrecheRepository repository,
      RegistryService registry, RowValidation validation, ReasonMessages reasons) {
    this.queries = queries;
    this.repository = repository;
    this.registry = registry;
    this.validation = validation;
    this.reasons = reasons;
  }

  @GetMapping
  String list(@RequestParam(required = false) String q,
      @RequestParam(required = false) String type, @RequestParam(required = false) String status,
      @RequestParam(defaultValue = "false") boolean stale,
      @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
      Model model) {
    ListingFilter filter = new ListingFilter(q, type, status, stale, sort, page);
    model.addAttribute("filter", filter);
    model.addAttribute("result", queries.search(filter));
    model.addAttribute("sorts", ListingFilter.SORTS);
    model.addAttribute("staleBefore", queries.staleBefore());
    return "listings/list";
  }

  /** Listings not verified for six months, the oldest first. */
  @GetMapping("/queue")
  String queue() {
    return "redirect:/listings?stale=true&sort=last_verified";
  }

  @GetMapping("/{id}")
  String show(@PathVariable String id, Model model) {
    StoredCreche stored = find(id);
    model.addAttribute("listing", stored.creche());
    model.addAttribute("version", stored.version());
    model.addAttribute("values", ListingForm.values(stored.creche()));
    model.addAttribute("history", queries.history(id));
    model.addAttribute("statuses", List.of(CrecheStatus.TEMPORARILY_CLOSED.code(),
        CrecheStatus.CLOSED.code()));
    return "listings/show";
  }

  @GetMapping("/new")
  String create(Model model) {
    return form(model, ListingForm.blank(queries.nextId()), Map.of(), null, false);
  }

  @PostMapping("/new")
  String create(@RequestParam Map<String, String> params, Model model, Principal who) {
    Map<String, String> values = ListingForm.submitted(params);
    RowValidation.Outcome outcome = validation.check(values);
    if (!outcome.valid()) {
      return form(model, values, outcome.problems(), null, false);
    }
    try {
      registry.save(outcome.creche(), null, who.getName());
    } catch (StaleVersionException exists) {
      model.addAttribute("idTaken", true);
      return form(model, values, Map.of(), null, false);
    }
    return "redirect:/listings/" + outcome.creche().id() + "?saved";
  }

  @GetMapping("/{id}/edit")
  String edit(@PathVariable String id, Model model) {
    StoredCreche stored = find(id);
    return form(model, ListingForm.values(stored.creche()), Map.of(), stored.version(), false);
  }

  @PostMapping("/{id}/edit")
  String edit(@PathVariable String id, @RequestParam long version,
      @RequestParam Map<String, String> params, Model model, Principal who) {
    Map<String, String> values = ListingForm.submitted(params);
    values.put("id", id);
    RowValidation.Outcome outcome = validation.check(values);
    if (!outcome.valid()) {
      return form(model, values, outcome.problems(), version, false);
    }
    try {
      registry.save(outcome.creche(), version, who.getName());
    } catch (StaleVersionException stale) {
      return form(model, values, Map.of(), version, true);
    }
    return "redirect:/listings/" + id + "?saved";
  }

  @PostMapping("/{id}/deactivate")
  String deactivate(@PathVariable String id, @RequestParam long version,
      @RequestParam String status, Principal who) {
    CrecheStatus next = CrecheStatus.fromCode(status);
    if (next == null || next == CrecheStatus.ACTIVE) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
    try {
      registry.deactivate(id, version, next, who.getName());
    } catch (StaleVersionException stale) {
      return "redirect:/listings/" + id + "?stale";
    }
    return "redirect:/listings/" + id + "?saved";
  }

  private String form(Model model, Map<String, String> values, Map<String, List<String>> errors,
      Long version, boolean staleVersion) {
    model.addAttribute("fields", ListingForm.FIELDS);
    model.addAttribute("values", values);
    Locale locale = LocaleContextHolder.getLocale();
    Map<String, List<String>> translated = new LinkedHashMap<>();
    errors.forEach((field, list) -> translated.put(field,
        list.stream().map(r -> reasons.reason(r, locale)).toList()));
    model.addAttribute("errors", translated);
    model.addAttribute("version", version);
    model.addAttribute("staleVersion", staleVersion);
    if (!model.containsAttribute("idTaken")) {
      model.addAttribute("idTaken", false);
    }
    return "listings/form";
  }

  private StoredCreche find(String id) {
    return repository.findById(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
