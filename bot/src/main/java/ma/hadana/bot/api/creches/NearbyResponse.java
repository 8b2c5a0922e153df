package ma.hadana.bot.api.creches;

import java.util.List;
import ma.hadana.registry.search.NearbyResult;

/** JSON of {@code /nearby}: the radius used and the listings in it, nearest first. */
record NearbyResponse(int radiusMeters, List<NearbyListing> results) {

  static NearbyResponse of(NearbyResult result) {
    return new NearbyResponse(
        result.radiusMeters(), result.hits().stream().map(NearbyListing::of).toList());
  }
}
