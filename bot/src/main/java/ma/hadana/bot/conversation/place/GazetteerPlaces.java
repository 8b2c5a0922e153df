package ma.hadana.bot.conversation.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ma.hadana.bot.conversation.PlaceRef;
import ma.hadana.bot.conversation.Places;
import ma.hadana.registry.gazetteer.ArrondissementLocator;
import ma.hadana.registry.gazetteer.Gazetteer;
import ma.hadana.registry.gazetteer.Place;
import ma.hadana.registry.geo.GeoPoint;
import org.springframework.stereotype.Component;

/** The dialogue's view of places, backed by the gazetteer and the place resolver. */
@Component
class GazetteerPlaces implements Places {

  private final PlaceResolver resolver;
  private final Gazetteer gazetteer;
  private final ArrondissementLocator arrondissements;

  GazetteerPlaces(PlaceResolver resolver, Gazetteer gazetteer, ArrondissementLocator arrondissements) {
    this.resolver = resolver;
    this.gazetteer = gazetteer;
    this.arrondissements = arrondissements;
  }

  @Override
  public PlaceMatch resolve(String text, String contextPlaceId) {
    Place context = contextPlaceId == null ? null : gazetteer.byId(contextPlaceId).orElse(null);
    PlaceResolution r = resolver.resolve(text, context);
    if (r instanceof PlaceResolution.Resolved res) {
      return new PlaceMatch(ref(res.place(), null), List.of(), res.place().name());
    }
    if (r instanceof PlaceResolution.Ambiguous amb) {
      List<PlaceRef> refs = new ArrayList<>();
      for (PlaceCandidate c : amb.candidates()) {
        refs.add(ref(c.place(), c.label()));
      }
      return new PlaceMatch(null, refs, amb.name());
    }
    return PlaceMatch.none();
  }

  @Override
  public Optional<PlaceRef> choose(String text, List<PlaceRef> candidates) {
    List<PlaceCandidate> cs = new ArrayList<>();
    for (PlaceRef r : candidates) {
      gazetteer.byId(r.id()).ifPresent(p -> cs.add(new PlaceCandidate(p, r.city())));
    }
    return resolver.resolveChoice(text, cs).map(p -> ref(p, null));
  }

  @Override
  public Optional<PlaceRef> byId(String id) {
    return gazetteer.byId(id).map(p -> ref(p, null));
  }

  @Override
  public Optional<String> arrondissementAt(GeoPoint point) {
    return arrondissements.locate(point).map(Place::id);
  }

  /**
   * A place for the dialogue; {@code label} (what tells candidates apart) replaces the city.
   * A place without coordinates borrows those of its nearest located ancestor.
   */
  private PlaceRef ref(Place p, String label) {
    GeoPoint point = p.point();
    if (point == null) {
      point = gazetteer.ancestors(p).stream()
          .map(Place::point).filter(x -> x != null).findFirst().orElse(null);
    }
    return new PlaceRef(p.id(), p.name(), p.nameAr(), p.kind().name().toLowerCase(java.util.Locale.ROOT),
        label != null ? label : p.city(), point == null ? null : point.lat(), point == null ? null : point.lon());
  }
}
