package ma.hadana.admin.inbox;

import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.server.ResponseStatusException;

/** The console user id of the signed-in social worker, recorded as author of replies. */
@Repository
class Workers {

  private final JdbcClient jdbc;

  Workers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long idOf(String email) {
    return jdbc.sql("SELECT id FROM console_user WHERE email = ?")
        .params(email.toLowerCase(Locale.ROOT))
        .query(Long.class)
        .optional()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
  }
}
