package ma.hadana.bot.api.places;

import java.util.Optional;
import ma.hadana.registry.gazetteer.ArrondissementLocator;
import ma.hadana.registry.gazetteer.CoordPrecision;
import ma.hadana.registry.gazetteer.Gazetteer;
import ma.hadana.registry.gazetteer.Place;
import ma.hadana.registry.gazetteer.PlaceKind;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/places/{id}}: one gazetteer place, with the arrondissement it lies in: the
 * place itself or the one above it in the gazetteer, else the one whose polygon holds the
 * place's point. None for areas that hold arrondissements (a city, a province) and for quarters
 * whose point is only their commune's centroid: that would name an arrondissement the quarter
 * may not be in.
 */
@RestController
@RequestMapping("/api/v1/places")
class PlacesController {

  /** Body of a 404: {@code {"error":"not_found","id":...}}. */
  record NotFound(String error, String id) {}

  private final Gazetteer gazetteer;
  private final ArrondissementLocator locator;

  PlacesController(Gazetteer gazetteer, ArrondissementLocator locator) {
    this.gazetteer = gazetteer;
    this.locator = locator;
  }

  @GetMapping("/{id}")
  ResponseEntity<?> place(@PathVariable String id) {
    Optional<Place> place = gazetteer.byId(id);
    if (place.isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new NotFound("not_found", id));
    }
    Place p = place.get();
    return ResponseEntity.ok(PlaceView.of(p, arrondissement(p).orElse(null)));
  }

  private Optional<Place> arrondissement(Place p) {
    Optional<Place> enclosing = gazetteer.enclosing(p, PlaceKind.ARRONDISSEMENT);
    if (enclosing.isPresent()) {
      return enclosing;
    }
    boolean standIn =
        p.kind() == PlaceKind.NEIGHBOURHOOD && p.coordPrecision() == CoordPrecision.COMMUNE_CENTROID;
    boolean holdsArrondissements =
        p.kind().administrative()
            || gazetteer.children(p.id()).stream().anyMatch(c -> c.kind() == PlaceKind.ARRONDISSEMENT);
    if (p.point() == null || standIn || holdsArrondissements) {
      return Optional.empty();
    }
    return locator.locate(p.point());
  }
}
