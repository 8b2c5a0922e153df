package ma.hadana.bench.load;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** The endpoint on each of several instances, handed out in turn, one request each. */
final class RoundRobin {

  private final List<URI> uris;
  private final AtomicLong next = new AtomicLong();

  private RoundRobin(List<URI> uris) {
    this.uris = List.copyOf(uris);
  }

  /** {@code path} on every base URL of a comma-separated list such as {@code http://a:8080,http://b:8080}. */
  static RoundRobin of(String baseUrls, String path) {
    List<URI> uris = new ArrayList<>();
    for (String base : baseUrls.split(",")) {
      String b = base.trim().replaceAll("/+$", "");
      if (!b.isEmpty()) {
        uris.add(URI.create(b + path));
      }
    }
    if (uris.isEmpty()) {
      throw new IllegalArgumentException("--url needs at least one base URL");
    }
    return new RoundRobin(uris);
  }

  URI next() {
    return uris.get((int) Math.floorMod(next.getAndIncrement(), (long) uris.size()));
  }

  int size() {
    return uris.size();
  }

  /** The first base URL (what signatures default to). */
  String first() {
    String u = uris.get(0).toString();
    return u.substring(0, u.length() - uris.get(0).getRawPath().length());
  }
}
