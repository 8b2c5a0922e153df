package ma.hadana.bot.db;

import java.util.List;

/**
 * A write whose rows, queued by several callers of one transaction ({@link Pipeline#row}), go to
 * PostgreSQL as one statement: {@code sql} takes one array parameter per column
 * ({@code unnest(?::text[], ...)}), of the element types {@code types}. Its rows travel where its
 * first row was queued. Declare each as a constant: the pipeline groups rows by identity.
 */
public record Rows(String sql, String... types) {

  /** One array per column, holding that column of every row. */
  Object[] arguments(List<Object[]> rows) {
    Object[] args = new Object[types.length];
    for (int c = 0; c < types.length; c++) {
      Object[] column = new Object[rows.size()];
      for (int r = 0; r < column.length; r++) {
        column[r] = rows.get(r)[c];
      }
      args[c] = new SqlArray(types[c], column);
    }
    return args;
  }
}
