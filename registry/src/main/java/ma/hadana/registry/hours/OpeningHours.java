package ma.hadana.registry.hours;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The weekly part of OpenStreetMap's {@code opening_hours} syntax, as crèches use it:
 * {@code Mo-Fr 08:00-12:00,14:00-16:00; Sa 08:00-12:00}, {@code 24/7}, {@code Su off},
 * {@code PH off}. Later rules replace earlier ones for the days they name, as in OSM.
 * Public-holiday rules are accepted and ignored (no holiday calendar here).
 */
public final class OpeningHours {

  private static final String[] DAYS = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};
  private static final Pattern RANGE =
      Pattern.compile("([01]\\d|2[0-4]):([0-5]\\d)-([01]\\d|2[0-4]):([0-5]\\d)");

  private final String text;
  private final Map<DayOfWeek, List<int[]>> week;

  private OpeningHours(String text, Map<DayOfWeek, List<int[]>> week) {
    this.text = text;
    this.week = week;
  }

  /** Parses a value; throws {@link IllegalArgumentException} with a readable reason. */
  public static OpeningHours parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("opening hours are empty");
    }
    Map<DayOfWeek, List<int[]>> week = new EnumMap<>(DayOfWeek.class);
    for (String raw : text.split(";|\\|\\|")) {
      String rule = raw.trim();
      if (rule.isEmpty()) {
        continue;
      }
      applyRule(rule, week);
    }
    return new OpeningHours(text.trim(), week);
  }

  /** Null when the value is valid, else the reason it is not. */
  public static String problem(String text) {
    try {
      parse(text);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  private static void applyRule(String rule, Map<DayOfWeek, List<int[]>> week) {
    if (rule.equals("24/7")) {
      for (DayOfWeek d : DayOfWeek.values()) {
        week.put(d, List.of(new int[] {0, 24 * 60}));
      }
      return;
    }
    String[] parts = rule.split("\\s+", 2);
    String days = parts[0];
    String times = parts.length > 1 ? parts[1].trim() : null;
    if (RANGE.matcher(days.split(",")[0]).matches()) { // times without days: every day
      times = rule;
      days = "Mo-Su";
    }
    List<int[]> intervals = times == null ? List.of(new int[] {0, 24 * 60}) : intervals(times, rule);
    if (days.startsWith("PH") || days.startsWith("SH")) {
      return; // holidays: valid syntax, no calendar to apply it to
    }
    for (DayOfWeek d : days(days, rule)) {
      week.put(d, intervals);
    }
  }

  private static List<DayOfWeek> days(String spec, String rule) {
    List<DayOfWeek> out = new ArrayList<>();
    for (String part : spec.split(",")) {
      if (part.equals("PH") || part.equals("SH")) {
        continue;
      }
      String[] ends = part.split("-");
      if (ends.length > 2) {
        throw new IllegalArgumentException("bad weekday range '" + part + "' in '" + rule + "'");
      }
      int from = day(ends[0], rule);
      int to = ends.length == 2 ? day(ends[1], rule) : from;
      for (int i = from; ; i = (i + 1) % 7) { // Sa-Mo wraps around the week
        out.add(DayOfWeek.of(i + 1));
        if (i == to) {
          break;
        }
      }
    }
    return out;
  }

  private static int day(String name, String rule) {
    for (int i = 0; i < DAYS.length; i++) {
      if (DAYS[i].equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown weekday '" + name + "' in '" + rule + "'");
  }

  private static List<int[]> intervals(String times, String rule) {
    if (times.equals("off") || times.equals("closed")) {
      return List.of();
    }
    List<int[]> out = new ArrayList<>();
    for (String part : times.split(",")) {
      Matcher m = RANGE.matcher(part.trim());
      if (!m.matches()) {
        throw new IllegalArgumentException("bad time range '" + part.trim() + "' in '" + rule + "'");
      }
      int from = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
      int to = Integer.parseInt(m.group(3)) * 60 + Integer.parseInt(m.group(4));
      if (from > 24 * 60 || to > 24 * 60 || to <= from) {
        throw new IllegalArgumentException("time range '" + part.trim() + "' ends before it starts");
      }
      out.add(new int[] {from, to});
    }
    return List.copyOf(out);
  }

  /** True when open at this moment of the week. */
  public boolean isOpen(DayOfWeek day, LocalTime time) {
    int minute = time.getHour() * 60 + time.getMinute();
    for (int[] iv : week.getOrDefault(day, List.of())) {
      if (minute >= iv[0] && minute < iv[1]) {
        return true;
      }
    }
    return false;
  }

  /** The opening intervals of a day as {from, to} minutes since midnight (to may be 1440). */
  public List<int[]> intervals(DayOfWeek day) {
    return week.getOrDefault(day, List.of()).stream().map(int[]::clone).toList();
  }

  /** True when open at some time of this day. */
  public boolean isOpenOn(DayOfWeek day) {
    return !week.getOrDefault(day, List.of()).isEmpty();
  }

  @Override
  public String toString() {
    return text;
  }
}
