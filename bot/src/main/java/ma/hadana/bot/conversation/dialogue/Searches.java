package ma.hadana.bot.conversation.dialogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ma.hadana.bot.conversation.Filter;
import ma.hadana.bot.conversation.Finder;
import ma.hadana.bot.conversation.Finder.Found;
import ma.hadana.bot.conversation.Finder.Hit;
import ma.hadana.bot.conversation.reply.ReplyWriter;
import ma.hadana.bot.conversation.reply.ReplyWriter.Page;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.geo.GeoPoint;
import org.springframework.stereotype.Component;

/** Runs searches for the dialogue: the first page, the next pages, and one listing's details. */
@Component
class Searches {

  /** Listings fetched beyond those shown, to know whether a next page exists. */
  private static final int LOOKAHEAD = 6;

  private final Finder finder;
  private final ReplyWriter writer;
  private final Events events;

  Searches(Finder finder, ReplyWriter writer, Events events) {
    this.finder = finder;
    this.writer = writer;
    this.events = events;
  }

  /** A new search around the state's point; {@code prefix} goes above the list. */
  void first(Step s, String prefix, Instant now) {
    DialogueState st = s.state;
    Found found = finder.nearby(point(st), LOOKAHEAD, st.ageMonths(), st.filters());
    events.record(s, "search", now, found, null);
    List<Filter> filters = sorted(st);
    if (found.hits().isEmpty()) {
      String km = String.valueOf(found.radiusMeters() / 1000);
      String key = filters.isEmpty() ? "results.none" : "results.none.filters";
      String text = writer.text(s.variant, key, "km", km, "place", st.placeName(), "filters",
          writer.filterWords(s.variant, filters));
      s.replies.add(writer.reply(s.channel, s.variant, prefix == null ? text : prefix + "\n" + text, List.of(), null));
      s.state = st.showing(List.of());
      return;
    }
    // The age stays optional: each line shows the ages a crèche takes, and "2 ans" refines.
    Page page = writer.results(s.channel, s.variant, prefix, st.placeName(), filters, found.hits(), 1,
        found.hits().size() >= LOOKAHEAD);
    s.replies.add(page.reply());
    List<String> ids = new ArrayList<>();
    for (Hit h : found.hits().subList(0, page.shown())) {
      ids.add(h.creche().id());
    }
    s.state = st.showing(ids);
    s.asks = null;
  }

  /** The next page of the last search. */
  void more(Step s, Instant now) {
    DialogueState st = s.state;
    if (!st.located() || st.shownIds().isEmpty()) {
      s.replies.add(writer.say(s.channel, s.variant, "search.first"));
      return;
    }
    int shown = st.shownIds().size();
    Found found = finder.nearby(point(st), shown + LOOKAHEAD, st.ageMonths(), st.filters());
    List<Hit> rest = found.hits().size() > shown ? found.hits().subList(shown, found.hits().size()) : List.of();
    if (rest.isEmpty()) {
      s.replies.add(writer.say(s.channel, s.variant, "more.none"));
      return;
    }
    Page page = writer.results(s.channel, s.variant, null, st.placeName(), sorted(st), rest, shown + 1,
        found.hits().size() >= shown + LOOKAHEAD);
    s.replies.add(page.reply());
    List<String> ids = new ArrayList<>(st.shownIds());
    for (Hit h : rest.subList(0, page.shown())) {
      ids.add(h.creche().id());
    }
    s.state = st.showing(ids);
  }

  /** Details of listing number {@code n} of those shown. */
  void details(Step s, Integer n) {
    List<String> shown = s.state.shownIds();
    if (shown.isEmpty()) {
      s.replies.add(writer.say(s.channel, s.variant, "search.first"));
      return;
    }
    if (n == null || n < 1 || n > shown.size()) {
      s.replies.add(writer.say(s.channel, s.variant, "details.bad_number", "max", shown.size()));
      return;
    }
    Optional<Creche> c = finder.byId(shown.get(n - 1));
    if (c.isEmpty()) {
      s.replies.add(writer.say(s.channel, s.variant, "more.none"));
      return;
    }
    s.replies.add(writer.details(s.channel, s.variant, c.get(), true));
  }

  private static GeoPoint point(DialogueState st) {
    return new GeoPoint(st.lat(), st.lon());
  }

  private static List<Filter> sorted(DialogueState st) {
    return st.filters().stream().sorted().toList();
  }
}
