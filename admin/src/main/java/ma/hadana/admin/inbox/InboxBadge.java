package ma.hadana.admin.inbox;

import ma.hadana.bot.handover.Inbox;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The number of conversations waiting for a person, shown next to the inbox link to those who
 * may open it (one count on a partial index per page).
 */
@ControllerAdvice
class InboxBadge {

  private final Inbox inbox;

  InboxBadge(Inbox inbox) {
    this.inbox = inbox;
  }

  @ModelAttribute("inboxWaiting")
  Long waiting() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    boolean allowed = a != null && a.getAuthorities().stream().anyMatch(g ->
        g.getAuthority().equals("ROLE_SOCIAL_WORKER") || g.getAuthority().equals("ROLE_ADMIN"));
    return allowed ? inbox.waiting() : null;
  }
}
