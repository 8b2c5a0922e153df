package ma.hadana.admin.inbox;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import ma.hadana.bot.handover.Inbox;
import ma.hadana.bot.handover.Inbox.Outcome;
import ma.hadana.bot.handover.InboxItem;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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
@EnableConfigurationProperties(InboxRetention.class)
class InboxController {

  private static final int PAGE = 200;

  private final Inbox inbox;
  private final InboxQueries queries;
  private final InboxReplies replies;
  private final Workers workers;
  private final InboxRetention retention;
  private final Clock clock;

  InboxController(Inbox inbox, InboxQueries queries, InboxReplies replies, Workers workers,
      InboxRetention retention, Clock clock) {
    this.inbox = inbox;
    this.queries = queries;
    this.replies = replies;
    this.workers = workers;
    this.retention = retention;
    this.clock = clock;
  }

  /**
   * The open conversations ({@code view=open}, the default), those the signed-in worker has taken
   * ({@code mine}), or those closed within the retention period ({@code closed}, read only).
   */
  @GetMapping
  String list(@RequestParam(defaultValue = "open") String view, Principal who, Model model) {
    Instant now = clock.instant();
    switch (view) {
      case "open" -> model.addAttribute("items", rows(inbox.open(PAGE), now));
      case "mine" -> model.addAttribute("items",
          rows(queries.takenBy(workers.idOf(who.getName()), PAGE), now));
      case "closed" -> {
        model.addAttribute("closedItems", queries.closedSince(cutoff(now), PAGE));
        model.addAttribute("retentionDays", retention.days());
      }
      default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
    model.addAttribute("view", view);
    return "inbox/list";
  }

  private static List<InboxRow> rows(List<InboxItem> items, Instant now) {
    return items.stream().map(i -> InboxRow.of(i, now)).toList();
  }

  /** Closed conversations before this are about to be deleted by the bot's retention. */
  private Instant cutoff(Instant now) {
    return now.minus(Duration.ofDays(retention.days()));
  }

  @GetMapping("/{id}")
  String show(@PathVariable long id, Model model) {
    Inbox.Exchange e = inbox.read(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    if (e.item().closed()) {
      model.addAttribute("closedInfo", queries.closed(id)
          .filter(c -> !c.closedAt().isBefore(cutoff(clock.instant())))
          .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
      model.addAttribute("retentionDays", retention.days());
    }
    model.addAttribute("row", InboxRow.of(e.item(), clock.instant()));
    model.addAttribute("messages", e.messages());
    model.addAttribute("maxReply", Inbox.MAX_REPLY);
    return "inbox/show";
  }

  @PostMapping("/{id}/reply")
  String reply(@PathVariable long id, @RequestParam(defaultValue = "") String text,
      Principal who) {
    return after(id, replies.reply(id, workers.idOf(who.getName()), text), "sent");
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
