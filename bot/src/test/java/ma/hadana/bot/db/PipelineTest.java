package ma.hadana.bot.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Queued writes reach PostgreSQL with the next query or at commit, and never after a rollback. */
@SpringBootTest
class PipelineTest {

  @Autowired Pipeline pipeline;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate tx;

  private String id;

  @BeforeEach
  void freshId() {
    id = UUID.randomUUID().toString();
  }

  @Test
  void aQueuedWriteIsInvisibleUntilSentThenCommitted() {
    tx.executeWithoutResult(s -> {
      pipeline.write("INSERT INTO inbound_receipt (provider, provider_id, received_at)"
          + " VALUES ('twilio', ?, now())", id);
      assertThat(count()).isZero(); // not sent yet
    });
    assertThat(count()).isEqualTo(1);
  }

  @Test
  void aQueryCarriesTheQueuedWritesAndSeesThem() {
    List<Long> seen = tx.execute(s -> {
      Pipeline.Pending<Integer> p = pipeline.write("INSERT INTO inbound_receipt (provider, provider_id,"
          + " received_at) VALUES ('twilio', ?, now()) ON CONFLICT DO NOTHING", id);
      Pipeline.Pending<Integer> again = pipeline.write("INSERT INTO inbound_receipt (provider, provider_id,"
          + " received_at) VALUES ('twilio', ?, now()) ON CONFLICT DO NOTHING", id);
      List<Long> rows = pipeline.query("SELECT count(*) FROM inbound_receipt WHERE provider_id = ?",
          (rs, i) -> rs.getLong(1), id);
      assertThat(p.get()).isEqualTo(1);
      assertThat(again.get()).isZero();
      return rows;
    });
    assertThat(seen).containsExactly(1L);
    assertThat(count()).isEqualTo(1);
  }

  @Test
  void aRolledBackTransactionSendsNothing() {
    tx.executeWithoutResult(s -> {
      pipeline.write("INSERT INTO inbound_receipt (provider, provider_id, received_at)"
          + " VALUES ('twilio', ?, now())", id);
      s.setRollbackOnly();
    });
    assertThat(count()).isZero();
  }

  @Test
  void aFailingQueuedWriteRollsTheTransactionBack() {
    String other = UUID.randomUUID().toString();
    assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
      jdbc.sql("INSERT INTO inbound_receipt (provider, provider_id, received_at)"
          + " VALUES ('twilio', ?, now())").params(other).update();
      pipeline.write("INSERT INTO no_such_table VALUES (?)", id);
    })).isInstanceOf(RuntimeException.class);
    assertThat(jdbc.sql("SELECT count(*) FROM inbound_receipt WHERE provider_id = ?")
        .params(other).query(Long.class).single()).isZero();
  }

  @Test
  void aStatementWhoseNullableParametersComeAndGoIsPreparedOncePerConnection() {
    // Ten executions, each leaving a different parameter empty: from the driver's threshold (the
    // fifth) on, the statement runs prepared on the server, and typed nulls keep it the same
    // statement (an untyped null and then a string would make the driver prepare it anew).
    String sql = "INSERT INTO conversation_event (occurred_at, kind, channel, language, place_id,"
        + " age_months, nearest_full) VALUES (now(), 'search', 'test-' || ?, ?, ?, ?, ?)";
    Long executions = tx.execute(s -> {
      for (int n = 0; n < 10; n++) {
        pipeline.write(sql, id, Pipeline.text(n % 2 == 0 ? null : "fr"),
            Pipeline.text(n % 3 == 0 ? null : "casa-maarif"), Pipeline.integer(n % 4 == 0 ? null : 24),
            Pipeline.bool(n % 5 == 0 ? null : Boolean.TRUE));
        pipeline.flush();
      }
      return jdbc.sql("SELECT sum(generic_plans + custom_plans) FROM pg_prepared_statements"
          + " WHERE statement LIKE 'INSERT INTO conversation_event (occurred_at, kind, channel, language, place_id,%'")
          .query(Long.class).single();
    });
    assertThat(executions).as("executions of the prepared statement").isEqualTo(6);
    assertThat(jdbc.sql("SELECT count(*) FROM conversation_event WHERE channel = ?")
        .params("test-" + id).query(Long.class).single()).isEqualTo(10);
  }

  @Test
  void outsideATransactionAWriteRunsAtOnce() {
    Pipeline.Pending<Integer> p = pipeline.write("INSERT INTO inbound_receipt (provider, provider_id,"
        + " received_at) VALUES ('twilio', ?, now())", id);
    assertThat(p.get()).isEqualTo(1);
    assertThat(count()).isEqualTo(1);
  }

  @Test
  void theLastWritesCarryTheCommit() {
    tx.executeWithoutResult(s -> pipeline.write("INSERT INTO inbound_receipt (provider,"
        + " provider_id, received_at) VALUES ('twilio', ?, now())", id));
    // Committed by the pipeline's own COMMIT: the row is there, and the pooled connection is
    // idle (not left inside a transaction the manager's commit skipped).
    assertThat(count()).isEqualTo(1);
    assertThat(jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
        + " AND state = 'idle in transaction'").query(Long.class).single()).isZero();
  }

  @Test
  void anAsynchronousCommitTurnsSynchronousCommitOffForItsTransactionOnly() {
    assertThat(settingSeenByTheLastWrites(true)).isEqualTo("off");
    assertThat(settingSeenByTheLastWrites(false)).isEqualTo("on");
    assertThat(jdbc.sql("SELECT current_setting('synchronous_commit')").query(String.class).single())
        .isNotEqualTo("local"); // and the pooled connection's own setting is untouched
  }

  /** The synchronous_commit a queued write sees; the transaction itself starts with it on. */
  private String settingSeenByTheLastWrites(boolean asynchronously) {
    String key = UUID.randomUUID().toString();
    tx.executeWithoutResult(s -> {
      jdbc.sql("SET LOCAL synchronous_commit = on").update();
      pipeline.write("INSERT INTO inbound_receipt (provider, provider_id, received_at)"
          + " VALUES ('twilio', ? || current_setting('synchronous_commit'), now())", key + ":");
      if (asynchronously) {
        pipeline.commitAsynchronously();
      }
    });
    String stored = jdbc.sql("SELECT provider_id FROM inbound_receipt WHERE provider_id LIKE ?")
        .params(key + ":%").query(String.class).single();
    return stored.substring(key.length() + 1);
  }

  private long count() {
    return jdbc.sql("SELECT count(*) FROM inbound_receipt WHERE provider_id = ?").params(id)
        .query(Long.class).single();
  }
}
