package ma.hadana.admin.listing;

import java.time.LocalDate;

/** One line of the listings table. */
record ListingRow(
    String id, String name, String nameAr, String type, String commune, String arrondissement,
    String status, LocalDate lastVerified, double lat, double lon) {}
