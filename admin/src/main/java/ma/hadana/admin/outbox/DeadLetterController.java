package ma.hadana.admin.outbox;

import java.util.List;
import java.util.regex.Pattern;
import ma.hadana.bot.channel.outbox.DeadLetter;
import ma.hadana.bot.channel.outbox.Outbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * {@code /outbox} (admins only): messages the bot gave up sending, with a masked recipient and
 * what went wrong, and a retry that puts one back in the queue for the bot's workers.
 */
@Controller
@RequestMapping("/outbox")
class DeadLetterController {

  static final int LIMIT = 200;
  /** Long digit runs in a provider's error may be a phone number or chat id. */
  private static final Pattern NUMBER = Pattern.compile("\\+?[0-9]{6,}");

  /** One dead letter as the page shows it. */
  record Row(DeadLetter letter, String error) {}

  private final Outbox outbox;

  DeadLetterController(Outbox outbox) {
    this.outbox = outbox;
  }

  @GetMapping
  String list(Model model) {
    List<Row> rows = outbox.deadLetters(LIMIT).stream()
        .map(d -> new Row(d, d.lastError() == null ? ""
            : NUMBER.matcher(d.lastError()).replaceAll("•••")))
        .toList();
    model.addAttribute("rows", rows);
    return "outbox";
  }

  @PostMapping("/{id}/retry")
  String retry(@PathVariable long id) {
    return outbox.retry(id) ? "redirect:/outbox?retried" : "redirect:/outbox?gone";
  }
}
