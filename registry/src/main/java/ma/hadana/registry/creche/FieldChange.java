package ma.hadana.registry.creche;

/** One field that a change sets from {@code previous} to {@code replacement}, as CSV text. */
public record FieldChange(String field, String previous, String replacement) {}
