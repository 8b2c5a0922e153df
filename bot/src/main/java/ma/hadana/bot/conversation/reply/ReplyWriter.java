package ma.hadana.bot.conversation.reply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.Choice;
import ma.hadana.bot.conversation.Filter;
import ma.hadana.bot.conversation.Finder.Hit;
import ma.hadana.bot.conversation.Reply;
import ma.hadana.bot.conversation.Reply.Venue;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.geo.GeoPoint;
import org.springframework.stereotype.Component;

/**
 * Turns dialogue outcomes into replies of one variant, sized for the channel: on SMS a results
 * list fits 2 GSM-7 segments (Latin script) or 3 UCS-2 segments (Arabic script); on Telegram
 * choices become buttons and there is no segment limit.
 */
@Component
public class ReplyWriter {

  /** Characters a results list may take on SMS: 2 GSM-7 segments, 3 UCS-2 segments. */
  static final int GSM_BUDGET = 2 * 153;
  static final int UCS_BUDGET = 3 * 67;

  private final ReplyCatalog catalog;
  private final Formats formats;

  public ReplyWriter(ReplyCatalog catalog) {
    this.catalog = catalog;
    this.formats = new Formats(catalog);
  }

  /** A plain sentence from the catalog. */
  public Reply say(Channel ch, ReplyVariant v, String key, Object... args) {
    return reply(ch, v, catalog.text(v, key, args), List.of(), null);
  }

  /**
   * Like {@link #say}, in the channel's own wording when the bundle has one
   * ({@code <key>.<channel>}, e.g. {@code help.telegram} naming slash commands).
   */
  public Reply sayOn(Channel ch, ReplyVariant v, String key, Object... args) {
    String own = key + "." + ch.code();
    return say(ch, v, catalog.has(v, own) ? own : key, args);
  }

  /** Several catalog sentences as one message, separated by a space. */
  public Reply sayAll(Channel ch, ReplyVariant v, List<String> keys) {
    List<String> parts = new ArrayList<>();
    for (String k : keys) {
      parts.add(catalog.text(v, k));
    }
    return reply(ch, v, String.join(" ", parts), List.of(), null);
  }

  /** A numbered question: "{mention}: several places" then one line per choice. */
  public Reply question(Channel ch, ReplyVariant v, String mention, List<String> labels) {
    StringBuilder sb = new StringBuilder(catalog.text(v, "ask.disambiguation", "mention", mention));
    List<Choice> choices = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      String n = String.valueOf(i + 1);
      sb.append('\n').append(catalog.text(v, "choice.line", "n", n, "label", labels.get(i)));
      choices.add(new Choice(labels.get(i), n));
    }
    return reply(ch, v, sb.toString(), choices, null);
  }

  /**
   * A page of results numbered from {@code firstNumber}, as many as fit the channel's budget;
   * returns the reply and how many listings it shows (at least one).
   */
  public Page results(Channel ch, ReplyVariant v, String prefix, String place, List<Filter> filters,
      List<Hit> hits, int firstNumber, boolean mayHaveMore) {
    String header = filters.isEmpty()
        ? catalog.text(v, "results.header", "place", place)
        : catalog.text(v, "results.header.filters", "place", place, "filters", filterWords(v, filters));
    if (prefix != null) {
      header = prefix + "\n" + header;
    }
    int max = ch.metered() ? Math.min(hits.size(), 3) : Math.min(hits.size(), 5);
    for (int count = max; count >= 1; count--) {
      for (boolean phones : ch.metered() ? new boolean[] {true, false} : new boolean[] {true}) {
        String text = page(v, header, hits.subList(0, count), firstNumber, phones,
            mayHaveMore || count < hits.size());
        if (!ch.metered() || fits(v, text) || count == 1 && !phones) {
          List<Choice> choices = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            String n = String.valueOf(firstNumber + i);
            choices.add(new Choice(n + ". " + formats.name(v, hits.get(i).creche()), n));
          }
          if (mayHaveMore || count < hits.size()) {
            choices.add(new Choice(catalog.text(v, "choice.more"), catalog.text(v, "choice.more")));
          }
          return new Page(reply(ch, v, text, choices, null), count);
        }
      }
    }
    throw new IllegalStateException("unreachable: one listing always renders");
  }

  private String page(ReplyVariant v, String header, List<Hit> hits, int first, boolean phones,
      boolean more) {
    StringBuilder sb = new StringBuilder(header);
    for (int i = 0; i < hits.size(); i++) {
      Creche c = hits.get(i).creche();
      sb.append('\n').append(catalog.text(v, phones && c.phone() != null ? "results.line.phone" : "results.line",
          "n", first + i, "name", formats.name(v, c), "distance",
          formats.distance(v, hits.get(i).distanceMeters()), "fee", formats.fee(v, c), "ages",
          formats.ages(v, c), "phone", c.phone()));
    }
    String range = hits.size() == 1 ? String.valueOf(first) : first + "-" + (first + hits.size() - 1);
    sb.append('\n').append(catalog.text(v, more ? "results.footer" : "results.footer.last", "range", range));
    return sb.toString();
  }

  private boolean fits(ReplyVariant v, String text) {
    String sent = v.latin() ? SmsEncoding.foldToGsm(text) : text;
    SmsEncoding.Encoding e = SmsEncoding.encodingOf(sent);
    int budget = e == SmsEncoding.Encoding.GSM_7 ? GSM_BUDGET : UCS_BUDGET;
    return SmsEncoding.units(sent, e) <= budget;
  }

  /** The listing's details, with an optional follow-up question, and a venue for maps. */
  public Reply details(Channel ch, ReplyVariant v, Creche c, boolean followUp) {
    String body = catalog.text(v, "details.body", "name", formats.name(v, c), "address",
        c.address() == null ? "-" : c.address(), "phone", c.phone() == null ? "-" : c.phone(),
        "hours", formats.hours(v, c), "ages", formats.ages(v, c), "fee", formats.fee(v, c),
        "documents", formats.documents(v, c), "verified", formats.verified(c));
    if (!c.active()) {
      body = catalog.text(v, "details.closed", "status", catalog.text(v, "status." + c.status().code()))
          + "\n" + body;
    }
    if (followUp) {
      body = body + "\n" + catalog.text(v, "details.followup");
    }
    Venue venue = new Venue(formats.name(v, c), c.address(), new GeoPoint(c.lat(), c.lon()));
    return reply(ch, v, body, List.of(), venue);
  }

  /**
   * A listing's facts as words of the variant, named like the placeholders of
   * {@code details.body} (name, address, phone, hours, ages, fee, documents, verified), for
   * messages composed elsewhere (referrals).
   */
  public Map<String, String> facts(ReplyVariant v, Creche c) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("name", formats.name(v, c));
    f.put("address", c.address() == null ? "-" : c.address());
    f.put("phone", c.phone() == null ? "-" : c.phone());
    f.put("hours", formats.hours(v, c));
    f.put("ages", formats.ages(v, c));
    f.put("fee", formats.fee(v, c));
    f.put("documents", formats.documents(v, c));
    f.put("verified", formats.verified(c));
    return f;
  }

  /** Words for the filters in a header: "gratuit, public". */
  public String filterWords(ReplyVariant v, List<Filter> filters) {
    List<String> words = new ArrayList<>();
    for (Filter f : filters) {
      words.add(catalog.text(v, "filter." + f.code()));
    }
    return String.join(", ", words);
  }

  /** The age of a child as words of the variant. */
  public String age(ReplyVariant v, int months) {
    return formats.age(v, months);
  }

  /** A catalog sentence without building a reply (to combine into one). */
  public String text(ReplyVariant v, String key, Object... args) {
    return catalog.text(v, key, args);
  }

  /** Wraps text as a reply: folded to GSM-7 on SMS for Latin scripts, encoding and segments. */
  public Reply reply(Channel ch, ReplyVariant v, String text, List<Choice> choices, Venue venue) {
    String sent = ch.metered() && v.latin() ? SmsEncoding.foldToGsm(text) : text;
    return new Reply(v.tag(), sent, choices, SmsEncoding.encodingOf(sent).label(),
        SmsEncoding.segments(sent), venue);
  }

  /** A rendered page and how many listings it shows. */
  public record Page(Reply reply, int shown) {}
}
