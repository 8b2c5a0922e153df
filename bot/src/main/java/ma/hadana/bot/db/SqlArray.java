package ma.hadana.bot.db;

import java.util.List;

/**
 * An array parameter for the {@link Pipeline} ({@code ?::text[]} and the like) of PostgreSQL
 * element type {@code type} ({@code text}, {@code int4}, {@code bool}, {@code timestamptz} from
 * {@link java.time.Instant}s): one statement for the rows of several messages.
 */
public record SqlArray(String type, Object[] values) {

  /** The array of {@code values}, in order; nulls stay nulls. */
  public static SqlArray of(String type, List<?> values) {
    return new SqlArray(type, values.toArray());
  }
}
