package ma.hadana.admin.listing;

import java.util.List;

/** One page of listings and how many match in all. */
record ListingPage(List<ListingRow> rows, long total, int page, int size) {

  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  public boolean hasPrevious() {
    return page > 0;
  }

  public boolean hasNext() {
    return page + 1 < pages();
  }
}
