package ma.hadana.bot.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import ma.hadana.registry.db.ConnectionFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
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
    if (!ConnectionFailures.unreachable(e)) {
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

  private static Throwable root(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}
