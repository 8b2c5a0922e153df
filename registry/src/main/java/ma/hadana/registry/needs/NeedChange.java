package ma.hadana.registry.needs;

import java.time.Instant;

/**
 * One change to a need of a listing, for its history.
 *
 * @param action {@code set} (the answer after the change) or {@code cleared} (the answer removed)
 */
public record NeedChange(Instant changedAt, String changedBy, String action, NeedRecord answer) {}
