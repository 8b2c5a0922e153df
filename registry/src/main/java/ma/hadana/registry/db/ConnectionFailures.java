package ma.hadana.registry.db;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Tells a database that cannot be reached (worth retrying later) from other database errors. */
public final class ConnectionFailures {

  private ConnectionFailures() {}

  /** True when {@code e} or one of its causes says the connection to PostgreSQL is gone or cannot be had. */
  public static boolean unreachable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof CannotCreateTransactionException
          || t instanceof DataAccessResourceFailureException
          || t instanceof TransientDataAccessException
          || t instanceof RecoverableDataAccessException
          || t instanceof SQLTransientException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException) {
        return true;
      }
      if (t instanceof SQLException sql && unavailableState(sql.getSQLState())) {
        return true;
      }
      // A rollback that failed on the dead connection hides the failure that caused it.
      if (t instanceof TransactionSystemException tse && tse.getApplicationException() != null
          && tse.getApplicationException() != e && unreachable(tse.getApplicationException())) {
        return true;
      }
    }
    return false;
  }

  /**
   * SQLSTATE class 08 (connection exception), 57P01-57P03 (server shutting down, crashed or not
   * yet accepting connections) and 53300 (too many connections).
   */
  private static boolean unavailableState(String state) {
    return state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"));
  }
}
