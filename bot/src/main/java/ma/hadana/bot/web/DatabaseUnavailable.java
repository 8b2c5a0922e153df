package ma.hadana.bot.web;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.sql.SQLNonTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers 503 with {@code Retry-After} when the database cannot be reached, on every endpoint
 * (webhooks above all): Twilio and Telegram retry a 5xx later, and since a message's receipt and
 * its conversation step commit together, the retried delivery is handled once, as if new. Other
 * database errors keep their usual 500.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class DatabaseUnavailable {

  static final String RETRY_AFTER_SECONDS = "5";
  private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

  @ExceptionHandler({DataAccessException.class, TransactionException.class})
  ResponseEntity<Map<String, String>> unavailable(RuntimeException e, HttpServletRequest request) {
    if (!connectionFailure(e)) {
      throw e; // not an outage: the default handling (500) applies
    }
    Throwable root = root(e);
    // Ids and exception classes only: never the SQL parameters, texts or numbers.
    log.warn("database unavailable: {} {} answered 503 ({}: {})", request.getMethod(),
        request.getRequestURI(), root.getClass().getSimpleName(), root.getMessage());
    Map<String, String> body = new LinkedHashMap<>();
    body.put("error", "unavailable");
    body.put("message", "The database is unreachable; retry later");
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
        .body(body);
  }

  /** True when {@code e} or one of its causes says the connection to PostgreSQL is gone or cannot be had. */
  static boolean connectionFailure(Throwable e) {
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
          && tse.getApplicationException() != e && connectionFailure(tse.getApplicationException())) {
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

  private static Throwable root(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}
