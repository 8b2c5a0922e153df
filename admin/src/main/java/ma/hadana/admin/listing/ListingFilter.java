package ma.hadana.admin.listing;

import java.util.List;

/**
 * What the listings page asks for: free text (name in French or Arabic, commune, arrondissement),
 * type, status, only stale listings, a sort key and a page number (from 0).
 */
record ListingFilter(String q, String type, String status, boolean stale, String sort, int page) {

  /** Sort keys the page offers; anything else sorts by name. */
  static final List<String> SORTS = List.of("name", "commune", "last_verified", "updated_at");

  ListingFilter {
    q = q == null ? "" : q.strip();
    type = type == null ? "" : type.strip();
    status = status == null ? "" : status.strip();
    sort = sort != null && SORTS.contains(sort) ? sort : "name";
    page = Math.max(0, page);
  }
}
