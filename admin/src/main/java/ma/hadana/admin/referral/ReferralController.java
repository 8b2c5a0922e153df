package ma.hadana.admin.referral;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.hadana.bot.channel.outbox.Outbox;
import ma.hadana.bot.conversation.Obstacle;
import ma.hadana.bot.referral.NewReferral;
import ma.hadana.bot.referral.Need;
import ma.hadana.bot.referral.Referral;
import ma.hadana.bot.referral.ReferralStatus;
import ma.hadana.bot.referral.Referrals;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.creche.StoredCreche;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Referrals: a worker's open referrals (admins see everyone's), a form to find a crèche and refer
 * a family to it, and one referral with its history, status form, deep link and code.
 */
@Controller
@RequestMapping("/referrals")
@EnableConfigurationProperties(ReferralProperties.class)
class ReferralController {

  private final Referrals referrals;
  private final ReferralQueries queries;
  private final ReferralSearch search;
  private final CrecheRepository creches;
  private final Outbox outbox;
  private final ReferralProperties properties;

  ReferralController(Referrals referrals, ReferralQueries queries, ReferralSearch search,
      CrecheRepository creches, Outbox outbox, ReferralProperties properties) {
    this.referrals = referrals;
    this.queries = queries;
    this.search = search;
    this.creches = creches;
    this.outbox = outbox;
    this.properties = properties;
  }

  @GetMapping
  String list(@RequestParam(required = false) Long worker,
      @RequestParam(defaultValue = "false") boolean all,
      @RequestParam(defaultValue = "0") int page, Authentication who, Model model) {
    boolean admin = admin(who);
    model.addAttribute("result", queries.page(admin ? worker : Long.valueOf(me(who)), all, page));
    model.addAttribute("workers", admin ? queries.workers() : List.of());
    model.addAttribute("worker", admin ? worker : null);
    model.addAttribute("all", all);
    return "referrals/list";
  }

  /** The form; {@code ?crecheId=} (the listing page's "refer" link) preselects that crèche. */
  @GetMapping("/new")
  String create(@RequestParam MultiValueMap<String, String> params, Model model) {
    ReferralForm form = ReferralForm.from(params);
    if (form.language() == null) {
      form = new ReferralForm(form.place(), form.crecheId(), form.contact(), form.phone(), "fr",
          form.age(), form.needs(), form.note());
    }
    Map<String, String> problems = form.crecheId() != null && active(form.crecheId()).isEmpty()
        ? Map.of("crecheId", "referrals.error.creche") : Map.of();
    return form(model, form, problems, params.containsKey("place"));
  }

  @PostMapping("/new")
  String create(@RequestParam MultiValueMap<String, String> params, Authentication who,
      Model model) {
    ReferralForm form = ReferralForm.from(params);
    Map<String, String> problems = new LinkedHashMap<>(form.problems());
    Optional<Creche> creche = form.crecheId() == null ? Optional.empty() : active(form.crecheId());
    if (form.crecheId() != null && creche.isEmpty()) {
      problems.put("crecheId", "referrals.error.creche");
    }
    if (!problems.isEmpty()) {
      return form(model, form, problems, form.place() != null);
    }
    try {
      Referral r = referrals.create(new NewReferral(creche.get().id(), me(who), form.channel(),
          form.channel() == null ? null : form.phoneE164().orElseThrow(), form.variant(),
          form.ageMonths(), form.needs(), form.note()));
      return "redirect:/referrals/" + r.id() + "?created";
    } catch (IllegalArgumentException deactivatedMeanwhile) {
      problems.put("crecheId", "referrals.error.creche");
      return form(model, form, problems, form.place() != null);
    }
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Authentication who, Model model) {
    Referral r = visible(id, who);
    model.addAttribute("referral", r);
    model.addAttribute("creche", creches.findById(r.crecheId()).map(StoredCreche::creche)
        .orElse(null));
    model.addAttribute("worker", queries.email(r.createdBy()).orElse(""));
    model.addAttribute("history", queries.history(id));
    model.addAttribute("deepLink", properties.deepLink(r.code()));
    model.addAttribute("message", outbox.find(Referrals.outboxKey(id)).orElse(null));
    model.addAttribute("statuses", ReferralStatus.values());
    model.addAttribute("obstacles", Obstacle.values());
    return "referrals/show";
  }

  @PostMapping("/{id}/status")
  String status(@PathVariable long id, @RequestParam String status,
      @RequestParam(required = false) String obstacle, Authentication who) {
    visible(id, who);
    ReferralStatus s = ReferralStatus.fromCode(status);
    Obstacle o = obstacle == null || obstacle.isBlank() ? null : obstacle(obstacle);
    if (s == null) {
      return "redirect:/referrals/" + id + "?invalid";
    }
    referrals.updateStatus(id, s, o, me(who));
    return "redirect:/referrals/" + id + "?updated";
  }

  private String form(Model model, ReferralForm form, Map<String, String> problems,
      boolean searched) {
    List<ReferralSearch.Option> options = new ArrayList<>();
    ReferralSearch.Outcome outcome = null;
    if (form.place() != null) {
      outcome = search.find(form.place(), form.ageMonths(), form.needs());
      options.addAll(outcome.options());
    }
    if (form.crecheId() != null && options.stream()
        .noneMatch(o -> o.creche().id().equals(form.crecheId()))) {
      active(form.crecheId()).ifPresent(c -> options.add(0, new ReferralSearch.Option(c, null)));
    }
    model.addAttribute("form", form);
    model.addAttribute("problems", problems);
    model.addAttribute("searched", searched);
    model.addAttribute("place", outcome == null ? null : outcome.place());
    model.addAttribute("options", options);
    model.addAttribute("needs", Need.values());
    model.addAttribute("contacts", ReferralForm.CONTACTS);
    model.addAttribute("languages", ReferralForm.LANGUAGES);
    return "referrals/form";
  }

  private Optional<Creche> active(String id) {
    return creches.findById(id).map(StoredCreche::creche).filter(Creche::active);
  }

  /** The referral, when this user may see it: admins all, workers their own. */
  private Referral visible(long id, Authentication who) {
    Referral r = referrals.find(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    if (!admin(who) && r.createdBy() != me(who)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    return r;
  }

  private long me(Authentication who) {
    return queries.userId(who.getName())
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
  }

  private static boolean admin(Authentication who) {
    return who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN"));
  }

  private static Obstacle obstacle(String code) {
    for (Obstacle o : Obstacle.values()) {
      if (o.code().equals(code)) {
        return o;
      }
    }
    return null;
  }
}
