package ma.hadana.bot.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
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
  void rowsWhoseNullableColumnsComeAndGoAreOneStatementPreparedOncePerConnection() {
    // Ten transactions, each leaving different columns empty: from the driver's threshold (the
    // fifth) on, the statement runs prepared on the server; typed arrays keep it one statement
    // (an untyped null and then a string would make the driver prepare it anew).
    Rows events = new Rows("INSERT INTO conversation_event (occurred_at, kind, channel, language,"
        + " place_id, age_months, nearest_full) SELECT now(), 'search', 'test-' || c, l, p, a, f"
        + " FROM unnest(?::text[], ?::text[], ?::text[], ?::int4[], ?::bool[]) AS x (c, l, p, a, f)",
        "text", "text", "text", "int4", "bool");
    Long executions = tx.execute(s -> {
      for (int n = 0; n < 10; n++) {
        pipeline.row(events, id, n % 2 == 0 ? null : "fr", n % 3 == 0 ? null : "casa-maarif",
            n % 4 == 0 ? null : 24, n % 5 == 0 ? null : Boolean.TRUE);
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

  /** Receipts whose ids carry how many rows their statement inserted. */
  private static final Rows RECEIPTS = new Rows(
      "INSERT INTO inbound_receipt (provider, provider_id, received_at)"
          + " SELECT 'twilio', x.id || ':' || count(*) OVER (), x.t"
          + " FROM unnest(?::text[], ?::timestamptz[]) AS x (id, t)",
      "text", "timestamptz");

  @Test
  void rowsQueuedBySeveralCallersTravelAsOneStatementWhereTheFirstWasQueued() {
    Instant at = Instant.parse("2026-12-05T06:18:24.123456Z");
    tx.executeWithoutResult(s -> {
      pipeline.row(RECEIPTS, id + "-a", at);
      // A plain write queued between the rows: the rows' statement runs before it, all of them.
      pipeline.write("UPDATE inbound_receipt SET provider_id = provider_id || '!'"
          + " WHERE provider_id LIKE ?", id + "%");
      pipeline.row(RECEIPTS, id + "-b", at.plusSeconds(1));
      pipeline.row(RECEIPTS, id + "-c", at.plusSeconds(2));
    });
    assertThat(jdbc.sql("SELECT provider_id FROM inbound_receipt WHERE provider_id LIKE ?"
            + " ORDER BY provider_id").params(id + "%").query(String.class).list())
        .containsExactly(id + "-a:3!", id + "-b:3!", id + "-c:3!");
    assertThat(jdbc.sql("SELECT received_at FROM inbound_receipt WHERE provider_id = ?")
        .params(id + "-b:3!").query(Timestamp.class).single().toInstant())
        .isEqualTo(at.plusSeconds(1));
  }

  @Test
  void rowsQueuedAfterAQueryStartAStatementOfTheirOwn() {
    tx.executeWithoutResult(s -> {
      pipeline.row(RECEIPTS, id + "-a", Instant.now());
      pipeline.query("SELECT 1", (rs, i) -> rs.getInt(1));
      pipeline.row(RECEIPTS, id + "-b", Instant.now());
      pipeline.row(RECEIPTS, id + "-c", Instant.now());
    });
    assertThat(jdbc.sql("SELECT provider_id FROM inbound_receipt WHERE provider_id LIKE ?"
            + " ORDER BY provider_id").params(id + "%").query(String.class).list())
        .containsExactly(id + "-a:1", id + "-b:2", id + "-c:2");
  }

  @Test
  void rowsKeepTheirNullsAndTypesAndRunAtOnceOutsideATransaction() {
    Rows events = new Rows(
        "INSERT INTO conversation_event (occurred_at, kind, channel, age_months, nearest_full)"
            + " SELECT * FROM unnest(?::timestamptz[], ?::text[], ?::text[], ?::int4[], ?::bool[])",
        "timestamptz", "text", "text", "int4", "bool");
    Instant at = Instant.parse("2026-01-02T03:04:05.000006Z");
    pipeline.row(events, at, "search", "test-" + id, null, true);
    assertThat(jdbc.sql("SELECT count(*) FROM conversation_event WHERE channel = ?")
        .params("test-" + id).query(Long.class).single()).isEqualTo(1);
    tx.executeWithoutResult(s -> pipeline.row(events, at, "search", "test-" + id, 30, null));
    assertThat(jdbc.sql("SELECT occurred_at, age_months, nearest_full FROM conversation_event"
            + " WHERE channel = ? ORDER BY age_months NULLS FIRST")
        .params("test-" + id)
        .query((rs, i) -> rs.getTimestamp(1).toInstant() + " " + rs.getObject(2) + " "
            + rs.getObject(3)).list())
        .containsExactly(at + " null true", at + " 30 null");
  }

  @Test
  void aRowOfTheWrongWidthIsRefused() {
    assertThatThrownBy(() -> pipeline.row(RECEIPTS, id))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private long count() {
    return jdbc.sql("SELECT count(*) FROM inbound_receipt WHERE provider_id = ?").params(id)
        .query(Long.class).single();
  }
}
