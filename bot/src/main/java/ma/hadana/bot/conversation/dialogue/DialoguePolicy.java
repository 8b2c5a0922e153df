package ma.hadana.bot.conversation.dialogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import ma.hadana.bot.conversation.Filter;
import ma.hadana.bot.conversation.InboundMessage;
import ma.hadana.bot.conversation.Intent;
import ma.hadana.bot.conversation.Obstacle;
import ma.hadana.bot.conversation.PlaceRef;
import ma.hadana.bot.conversation.Places;
import ma.hadana.bot.conversation.Places.PlaceMatch;
import ma.hadana.bot.conversation.Reply;
import ma.hadana.bot.conversation.Sender;
import ma.hadana.bot.conversation.Understanding;
import ma.hadana.bot.conversation.reply.ReplyWriter;
import ma.hadana.bot.handover.Handovers;
import ma.hadana.registry.geo.GeoPoint;
import org.springframework.stereotype.Component;

/**
 * Decides what to say: reads the intent in the light of the bot's last question, fills the
 * search slots (place, then optional age), and hands searches to {@link Searches}.
 */
@Component
class DialoguePolicy {

  /**
   * Intents a message naming a place is read as a search instead: a greeting or a stray word
   * with a place in it is a search, and so is "stop ... à Salé" (an opt-out is a bare keyword;
   * reading a city as an opt-out would silence a family for good).
   */
  private static final Set<Intent> MAY_NAME_A_PLACE =
      EnumSet.of(Intent.FIND, Intent.UNKNOWN, Intent.GREETING, Intent.DETAILS, Intent.STOP);

  private final Places places;
  private final Searches searches;
  private final ReplyWriter writer;
  private final Events events;
  private final Handovers handovers;

  DialoguePolicy(Places places, Searches searches, ReplyWriter writer, Events events,
      Handovers handovers) {
    this.places = places;
    this.searches = searches;
    this.writer = writer;
    this.events = events;
    this.handovers = handovers;
  }

  Reply privacyLine(Step s) {
    return writer.say(s.channel, s.variant, "privacy.first");
  }

  Reply rateLimited(Step s) {
    return writer.say(s.channel, s.variant, "rate.limited");
  }

  /** Queues the look-up of the senders' open handovers with the steps' first round trip. */
  Supplier<Map<Sender, Handovers.Lookup>> handovers(List<Sender> senders) {
    return handovers.lookup(senders);
  }

  /** Answers a message, unless a person has the conversation (then stays quiet). */
  void answer(Step s, InboundMessage m, Handovers.Lookup handover, Instant now) {
    if (!handovers.holds(m, s.intent, s.understanding.command(), handover, now)) {
      answer(s, m.location(), now);
      s.state = handovers.follow(m, handover, s.intent, s.understanding.obstacle(), s.variant,
          s.state, s.replies, now);
    }
  }

  private void answer(Step s, GeoPoint location, Instant now) {
    Understanding u = s.understanding;
    PlaceMatch match = PlaceMatch.none();
    PlaceRef chosen = null;
    if (location != null && s.intent != Intent.START) {
      s.intent = Intent.FIND;
    } else if (DialogueState.DISAMBIGUATION.equals(s.state.awaiting()) && MAY_NAME_A_PLACE.contains(s.intent)) {
      chosen = places.choose(s.text, candidates(s.state)).orElse(null);
      if (chosen != null) {
        s.intent = Intent.FIND;
      }
    }
    if (chosen == null && location == null && MAY_NAME_A_PLACE.contains(s.intent)
        && s.intent != Intent.DETAILS) {
      match = places.resolve(s.text, s.state.placeId());
      boolean named = match.resolved() || match.ambiguous();
      boolean refines = s.state.located() && (u.ageMonths() != null || !u.filters().isEmpty());
      if (s.intent != Intent.FIND && (named || refines && s.intent == Intent.UNKNOWN)) {
        s.intent = Intent.FIND;
      }
    }
    if (s.intent != Intent.UNKNOWN) {
      s.state = s.state.misunderstood(false);
    }
    switch (s.intent) {
      case FIND -> find(s, match, chosen, location, now);
      case MORE -> searches.more(s, now);
      case DETAILS -> searches.details(s, u.number());
      case OBSTACLE -> obstacle(s, now);
      case HUMAN -> {
        events.record(s, "human", now, null, null);
        s.replies.add(handovers.ack(s.channel, s.variant));
      }
      case BOT -> s.replies.add(writer.say(s.channel, s.variant, "bot.back"));
      case HELP -> s.replies.add(writer.sayOn(s.channel, s.variant, "help"));
      case GREETING -> s.replies.add(writer.say(s.channel, s.variant, "greeting"));
      case THANKS -> s.replies.add(writer.say(s.channel, s.variant, "thanks"));
      case STOP -> s.replies.add(writer.say(s.channel, s.variant, "stop.confirm"));
      case START -> s.replies.add(writer.say(s.channel, s.variant, "start.confirm"));
      case FORGET -> s.replies.add(writer.say(s.channel, s.variant, "forget.confirm"));
      case LANG_SWITCH -> s.replies.add(writer.say(s.channel, s.variant, "lang.switched"));
      case UNKNOWN -> unknown(s, now);
    }
  }

  private void find(Step s, PlaceMatch match, PlaceRef chosen, GeoPoint location, Instant now) {
    Understanding u = s.understanding;
    if (location != null) {
      s.state = s.state.at(null, writer.text(s.variant, "place.here"), location.lat(), location.lon());
    } else if (chosen != null || match.resolved()) {
      PlaceRef p = chosen != null ? chosen : match.place();
      if (!p.located()) {
        p = places.byId(p.id()).filter(PlaceRef::located).orElse(p);
      }
      if (p.located()) {
        s.place = p;
        s.state = s.state.at(p.id(), label(s, p), p.lat(), p.lon());
      }
    } else if (match.ambiguous()) {
      s.candidates = match.candidates().stream().map(PlaceRef::id).toList();
      s.state = s.state.offering(s.candidates).criteria(age(s), filters(s));
      List<String> labels = new ArrayList<>();
      for (PlaceRef c : match.candidates()) {
        labels.add(label(s, c) + (c.city() != null && !c.city().equals(c.name()) ? ", " + c.city() : ""));
      }
      s.asks = DialogueState.DISAMBIGUATION;
      s.replies.add(writer.question(s.channel, s.variant, match.mention(), labels));
      return;
    } else if (s.state.placeId() != null) {
      s.place = places.byId(s.state.placeId()).orElse(null);
    }
    s.state = s.state.criteria(age(s), filters(s));
    if (!s.state.located()) {
      s.state = s.state.awaiting(DialogueState.LOCATION);
      s.asks = DialogueState.LOCATION;
      s.replies.add(writer.say(s.channel, s.variant, "ask.location"));
      return;
    }
    searches.first(s, null, now);
  }

  private Integer age(Step s) {
    return s.understanding.ageMonths() != null ? s.understanding.ageMonths() : s.state.ageMonths();
  }

  private Set<Filter> filters(Step s) {
    Set<Filter> f = EnumSet.noneOf(Filter.class);
    f.addAll(s.state.filters());
    f.addAll(s.understanding.filters());
    return f;
  }

  private void obstacle(Step s, Instant now) {
    Obstacle o = s.understanding.obstacle() == null ? Obstacle.OTHER : s.understanding.obstacle();
    events.record(s, "obstacle", now, null, o);
    Filter remedy = switch (o) {
      case DOCUMENTS -> Filter.ACCEPTS_UNDOCUMENTED;
      case COST -> Filter.FREE;
      case FULL -> Filter.PLACES_AVAILABLE;
      case DISABILITY -> Filter.SPECIAL_NEEDS;
      default -> null;
    };
    String ack = writer.text(s.variant, "obstacle.ack");
    if (remedy != null && s.state.located() && !s.state.filters().contains(remedy)) {
      Set<Filter> f = EnumSet.of(remedy);
      f.addAll(s.state.filters());
      s.state = s.state.criteria(s.state.ageMonths(), f);
      if (s.state.placeId() != null) {
        s.place = places.byId(s.state.placeId()).orElse(null);
      }
      searches.first(s, ack + "\n" + writer.text(s.variant, "obstacle.retry"), now);
      return;
    }
    s.replies.add(writer.say(s.channel, s.variant, "obstacle.ack"));
  }

  private void unknown(Step s, Instant now) {
    s.state = s.state.misunderstood(true);
    events.record(s, "not_understood", now, null, null);
    String key = s.state.misunderstood() >= 3 ? "unknown.human"
        : s.understanding.language() == null ? "unknown.language" : "unknown";
    s.replies.add(writer.say(s.channel, s.variant, key));
  }

  private List<PlaceRef> candidates(DialogueState state) {
    List<PlaceRef> out = new ArrayList<>();
    for (String id : state.candidateIds()) {
      places.byId(id).ifPresent(out::add);
    }
    return out;
  }

  /** The place's name in the reply's script. */
  private static String label(Step s, PlaceRef p) {
    return s.variant.name(p.name(), p.nameAr());
  }
}
