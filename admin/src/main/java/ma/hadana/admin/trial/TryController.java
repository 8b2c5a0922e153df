package ma.hadana.admin.trial;

import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientException;

/** {@code /try}: talk to the bot as a family would, seeing each reply's encoding and segments. */
@Controller
@RequestMapping("/try")
class TryController {

  static final String EXCHANGES = "hadana.try.exchanges";
  static final int MAX_TEXT = 2_000;
  static final int KEPT = 20;

  private static final Logger log = LoggerFactory.getLogger(TryController.class);

  /** One message sent and what came back. */
  record Exchange(String text, List<SimulatorClient.Reply> replies, boolean failed) {}

  private final SimulatorClient client;

  TryController(SimulatorClient client) {
    this.client = client;
  }

  @GetMapping
  String page(@RequestParam(defaultValue = "sms") String channel, HttpSession session,
      Model model) {
    model.addAttribute("channel", "telegram".equals(channel) ? "telegram" : "sms");
    model.addAttribute("exchanges", exchanges(session));
    return "try";
  }

  @PostMapping
  String send(@RequestParam(defaultValue = "sms") String channel, @RequestParam String text,
      HttpSession session, Principal who) {
    String ch = "telegram".equals(channel) ? "telegram" : "sms";
    String message = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    List<Exchange> list = exchanges(session);
    try {
      list.add(0, new Exchange(message, client.send(ch, "console:" + who.getName(), message), false));
    } catch (RestClientException e) {
      log.warn("Simulator call failed: {}", e.getClass().getSimpleName());
      list.add(0, new Exchange(message, List.of(), true));
    }
    while (list.size() > KEPT) {
      list.remove(list.size() - 1);
    }
    session.setAttribute(EXCHANGES, list);
    return "redirect:/try?channel=" + ch;
  }

  @PostMapping("/reset")
  String reset(HttpSession session) {
    session.removeAttribute(EXCHANGES);
    return "redirect:/try";
  }

  @SuppressWarnings("unchecked")
  private static List<Exchange> exchanges(HttpSession session) {
    Object o = session.getAttribute(EXCHANGES);
    return o instanceof List<?> l ? new ArrayList<>((List<Exchange>) l) : new ArrayList<>();
  }
}
