package ma.hadana.admin.inbox;

import java.security.Principal;
import java.time.Clock;
import ma.hadana.bot.handover.Inbox;
import ma.hadana.bot.handover.Inbox.Outcome;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /inbox} (social workers and admins): conversations where a person is needed, the recent
 * exchange of each, and replying, taking and closing them. Replies leave through the bot's outbox.
 */
@Controller
@RequestMapping("/inbox")
class InboxController {

  private static final int PAGE = 200;

  private final Inbox inbox;
  private final Workers workers;
  private final Clock clock;

  InboxController(Inbox inbox, Workers workers, Clock clock) {
    this.inbox = inbox;
    this.workers = workers;
    this.clock = clock;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("items", inbox.open(PAGE).stream()
        .map(i -> InboxRow.of(i, clock.instant())).toList());
    return "inbox/list";
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    Inbox.Exchange e = inbox.read(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("row", InboxRow.of(e.item(), clock.instant()));
    model.addAttribute("messages", e.messages());
    model.addAttribute("maxReply", Inbox.MAX_REPLY);
    return "inbox/show";
  }

  @PostMapping("/{id}/reply")
  String reply(@PathVariable long id, @RequestParam(defaultValue = "") String text,
      Principal who) {
    return after(id, inbox.reply(id, workers.idOf(who.getName()), text), "sent");
  }

  @PostMapping("/{id}/take")
  String take(@PathVariable long id, Principal who) {
    return after(id, inbox.take(id, workers.idOf(who.getName())), "taken");
  }

  @PostMapping("/{id}/close")
  String close(@PathVariable long id, Principal who) {
    Outcome o = inbox.close(id, workers.idOf(who.getName()));
    return o == Outcome.DONE ? "redirect:/inbox?closed" : after(id, o, "closed");
  }

  private static String after(long id, Outcome o, String done) {
    return "redirect:/inbox/" + id + "?" + switch (o) {
      case DONE -> done;
      case NOT_OPEN -> "notOpen";
      case NO_ADDRESS -> "noAddress";
      case INVALID -> "invalid";
    };
  }
}
