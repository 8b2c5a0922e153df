package ma.hadana.registry.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class ConnectionFailuresTest {

  @Test
  void recognisesALostOrUnobtainableConnection() {
    assertThat(ConnectionFailures.unreachable(new CannotCreateTransactionException("no tx",
        new SQLTransientConnectionException("hadana - Connection is not available")))).isTrue();
    assertThat(ConnectionFailures.unreachable(new CannotGetJdbcConnectionException("no connection"))).isTrue();
    assertThat(ConnectionFailures.unreachable(new UncategorizedSQLException("insert", "INSERT",
        new SQLException("An I/O error occurred", "08006")))).isTrue();
    assertThat(ConnectionFailures.unreachable(new UncategorizedSQLException("select", "SELECT",
        new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
  }

  @Test
  void looksBehindARollbackThatFailedOnTheDeadConnection() {
    TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
        new SQLException("Connection is closed"));
    rollback.initApplicationException(new DataAccessResourceFailureException("I/O error"));
    assertThat(ConnectionFailures.unreachable(rollback)).isTrue();
    assertThat(ConnectionFailures.unreachable(new TransactionSystemException("commit failed",
        new SQLException("could not serialize", "40001")))).isFalse();
  }

  @Test
  void leavesOtherDatabaseErrorsAlone() {
    assertThat(ConnectionFailures.unreachable(new DataIntegrityViolationException("duplicate key"))).isFalse();
    assertThat(ConnectionFailures.unreachable(new BadSqlGrammarException("select", "SELEC 1",
        new SQLException("syntax error", "42601")))).isFalse();
    assertThat(ConnectionFailures.unreachable(new IllegalStateException("no"))).isFalse();
  }
}
