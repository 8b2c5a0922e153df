package ma.hadana.admin.inbox;

import java.time.Duration;
import java.time.Instant;
import ma.hadana.bot.handover.InboxItem;

/**
 * A handover as the inbox shows it: the item, how long it has waited (as a message key and a
 * number), and whether the family's language is written right to left.
 */
record InboxRow(InboxItem item, String waitKey, long waited, boolean rtl) {

  static InboxRow of(InboxItem item, Instant now) {
    Duration d = Duration.between(item.openedAt(), now);
    if (d.isNegative()) {
      d = Duration.ZERO;
    }
    String key = d.toHours() >= 48 ? "inbox.wait.days" : d.toMinutes() >= 120 ? "inbox.wait.hours"
        : "inbox.wait.minutes";
    long n = d.toHours() >= 48 ? d.toDays() : d.toMinutes() >= 120 ? d.toHours() : d.toMinutes();
    boolean rtl = item.language().equals("ar") || item.language().equals("ary");
    return new InboxRow(item, key, n, rtl);
  }
}
