package ma.hadana.bot.conversation.dialogue;

import java.time.Instant;
import java.util.stream.Collectors;
import ma.hadana.bot.conversation.Filter;
import ma.hadana.bot.conversation.Finder.Found;
import ma.hadana.bot.conversation.Obstacle;
import ma.hadana.bot.conversation.PlaceRef;
import ma.hadana.bot.conversation.Places;
import ma.hadana.bot.conversation.events.ConversationEvent;
import ma.hadana.bot.conversation.events.EventRecorder;
import ma.hadana.registry.geo.GeoPoint;
import org.springframework.stereotype.Component;

/** Turns a dialogue step into an anonymous event: where, what, how many found, never who. */
@Component
class Events {

  private final EventRecorder recorder;
  private final Places places;

  Events(EventRecorder recorder, Places places) {
    this.recorder = recorder;
    this.places = places;
  }

  /** Records that something happened on a channel, in a language: nothing else. */
  void count(Step s, String kind, Instant now) {
    recorder.record(new ConversationEvent(now, kind, s.channel.code(), s.variant.tag(), null,
        null, null, null, null, null, null, null, null, null));
  }

  void record(Step s, String kind, Instant now, Found found, Obstacle obstacle) {
    DialogueState st = s.state;
    String arrondissement = st.located()
        ? places.arrondissementAt(new GeoPoint(st.lat(), st.lon())).orElse(null) : null;
    String commune = null;
    if (st.placeId() != null) {
      commune = places.byId(st.placeId()).map(PlaceRef::city).orElse(null);
    }
    String language = s.understanding.language() != null ? s.understanding.language().code()
        : s.variant.tag();
    boolean hit = found != null && !found.hits().isEmpty();
    Integer nearest = hit ? (int) Math.round(found.hits().get(0).distanceMeters()) : null;
    Boolean nearestFull = hit ? full(found.hits().get(0).creche().placesAvailable()) : null;
    recorder.record(new ConversationEvent(now, kind, s.channel.code(), language, s.intent.code(),
        st.placeId(), commune, arrondissement, st.ageMonths(),
        st.filters().stream().map(Filter::code).sorted().collect(Collectors.joining(",")),
        found == null ? null : found.hits().size(), nearest,
        obstacle == null ? null : obstacle.code(), nearestFull));
  }

  /** No free place: the listing says 0 places available (unknown is not full). */
  private static boolean full(Integer placesAvailable) {
    return placesAvailable != null && placesAvailable == 0;
  }
}
