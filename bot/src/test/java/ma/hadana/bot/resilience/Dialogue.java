package ma.hadana.bot.resilience;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows one dialogue of the scripted search ("crèche à Maarif", "plus", a number, ...) and
 * notes where a reply is not the continuation of what came before: a page that does not follow
 * the previous one, or details of another listing than the number chosen. A reply computed from
 * stale or lost dialogue state (say, on the other instance) shows up as exactly that.
 */
final class Dialogue {

  private static final Pattern ITEM = Pattern.compile("(?m)^(\\d+)\\. (.*?), \\d+(?:[.,]\\d+)? k?m\\b");

  private final String who;
  private final Queue<String> problems;
  private final Map<Integer, String> names = new HashMap<>();
  private int last;
  private int step;

  Dialogue(String who, Queue<String> problems) {
    this.who = who;
    this.problems = problems;
  }

  /** Checks the replies to {@code sent} (privacy line already left out). */
  void check(String sent, List<String> replies) {
    step++;
    if (replies.isEmpty()) {
      problems.add(who + " step " + step + " (" + sent + "): no reply");
      return;
    }
    if (sent.matches("\\d+")) {
      int n = Integer.parseInt(sent);
      String first = replies.get(0).lines().findFirst().orElse("");
      if (!first.equals(names.get(n))) {
        problems.add(who + " step " + step + ": details of '" + first + "' for choice " + n
            + " ('" + names.get(n) + "')");
      }
      return;
    }
    int expected = sent.startsWith("crèche") ? 1 : last + 1;
    Matcher m = ITEM.matcher(String.join("\n", replies));
    int count = 0;
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      if (n != expected + count) {
        problems.add(who + " step " + step + " (" + sent + "): item " + n + " where "
            + (expected + count) + " was due");
      }
      names.put(n, m.group(2));
      count++;
    }
    if (count == 0) {
      problems.add(who + " step " + step + " (" + sent + "): no list in " + replies);
    }
    last = expected + count - 1;
  }
}
