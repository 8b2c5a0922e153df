package ma.hadana.registry.creche;

import java.time.Instant;

/** A listing as stored: its fields plus the bookkeeping the database adds. */
public record StoredCreche(Creche creche, long version, Instant createdAt, Instant updatedAt) {}
