package ma.hadana.bot.api.creches;

import ma.hadana.bot.api.NotFoundException;
import ma.hadana.registry.search.CrecheSearch;
import ma.hadana.registry.search.SearchFilters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/creches}: the nearest crèches to a point, and one listing by id. */
@RestController
@RequestMapping("/api/v1/creches")
class CrecheController {

  private final CrecheSearch search;

  CrecheController(CrecheSearch search) {
    this.search = search;
  }

  /** A filter flag left out or {@code false} does not filter. */
  @GetMapping("/nearby")
  NearbyResponse nearby(
      @RequestParam double lat,
      @RequestParam double lon,
      @RequestParam(defaultValue = "" + NearbyParameters.DEFAULT_LIMIT) int limit,
      @RequestParam(required = false) Integer ageMonths,
      @RequestParam(defaultValue = "false") boolean free,
      @RequestParam(name = "public", defaultValue = "false") boolean publicOnly,
      @RequestParam(defaultValue = "false") boolean undocumented,
      @RequestParam(defaultValue = "false") boolean placesAvailable,
      @RequestParam(defaultValue = "false") boolean openSaturday) {
    SearchFilters filters =
        SearchFilters.NONE
            .withAgeMonths(NearbyParameters.ageMonths(ageMonths))
            .withFree(free)
            .withPublicOnly(publicOnly)
            .withUndocumented(undocumented)
            .withPlacesAvailable(placesAvailable)
            .withOpenSaturday(openSaturday);
    return NearbyResponse.of(
        search.nearby(NearbyParameters.point(lat, lon), NearbyParameters.limit(limit), filters));
  }

  @GetMapping("/{id}")
  ListingDetails listing(@PathVariable String id) {
    return search
        .listing(id)
        .map(ListingDetails::of)
        .orElseThrow(() -> new NotFoundException("no listing with id " + id));
  }
}
