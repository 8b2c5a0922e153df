package ma.hadana.bot.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Fewer round trips to PostgreSQL inside one transaction: a statement whose result is not needed
 * at once ({@link #write}, {@link #queue}) waits, and goes with the transaction's next
 * {@link #query} or, at the latest, just before the transaction commits: one multi-statement
 * execute, statements in the order they were given. Outside a transaction it runs at once.
 *
 * <p>A queued write is invisible to plain JDBC reads of the same transaction until it is sent:
 * queue only writes that nothing reads back before the commit, or read through {@link #query}.
 *
 * <p>The last writes also carry the COMMIT: PostgreSQL commits in the same round trip, and the
 * driver, seeing the connection idle, makes the transaction manager's commit a no-op. Statements a
 * later before-commit callback would run are therefore not part of the transaction: this
 * callback runs last, and no other in Hadana writes before commit. A failed write or COMMIT is
 * thrown from the commit and the transaction rolls back as usual.
 *
 * <p>The PostgreSQL driver sends a Sync (a round trip of its own) before a query it has described
 * (it describes a statement with an untyped parameter: a {@code Timestamp}, a null) whose result
 * columns have no fixed width, such as {@code text}: the statements queued before it then travel
 * without it. Where one round trip matters, pass typed parameters ({@code OffsetDateTime} for a
 * time) or return fixed-width columns (booleans, numbers, timestamps, {@code ::name}).
 *
 * <p>The driver prepares a statement once per connection for the parameter types it was given:
 * an untyped null and then a string make it prepare the statement again. Nullable columns go
 * best through {@link Rows}, whose arrays are typed, nulls included.
 */
@Component
public class Pipeline {

  private final JdbcTemplate jdbc;

  public Pipeline(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The result of a queued statement, known once it was sent. */
  public static final class Pending<T> {

    private final Pipeline pipeline;
    private T value;
    private boolean sent;

    private Pending(Pipeline pipeline) {
      this.pipeline = pipeline;
    }

    /** The result; sends the queue first if the statement is still waiting. */
    public T get() {
      if (!sent) {
        pipeline.flush();
      }
      if (!sent) {
        throw new IllegalStateException("The statement was never sent: its transaction is over");
      }
      return value;
    }

    private void set(T v) {
      value = v;
      sent = true;
    }
  }

  /**
   * Queues a write (no rows back) until the next query or the commit; outside a transaction, runs
   * it now. Its result: the row count.
   */
  public Pending<Integer> write(String sql, Object... args) {
    Pending<Integer> pending = new Pending<>(this);
    enqueue(new Statement(sql, args, rs -> pending.set(count(rs)), pending::set));
    return pending;
  }

  /**
   * Queues one row of a {@link Rows} write: it joins the rows of that write already waiting in
   * this transaction, or starts them. Outside a transaction, runs it now.
   */
  public void row(Rows write, Object... row) {
    if (row.length != write.types().length) {
      throw new IllegalArgumentException(write.types().length + " columns expected, got " + row.length);
    }
    Queue queue = queue();
    if (queue == null) {
      send(List.of(Statement.unread(write.sql(), write.arguments(List.<Object[]>of(row)))));
      return;
    }
    queue.batches.computeIfAbsent(write, w -> {
      queue.statements.add(w); // the rows travel where the first was queued
      return new ArrayList<>();
    }).add(row);
  }

  /**
   * Queues a statement that returns rows (a query, or a write with RETURNING) until the next
   * query or the commit; outside a transaction, runs it now.
   */
  public <T> Pending<List<T>> queue(String sql, RowMapper<T> mapper, Object... args) {
    Pending<List<T>> pending = new Pending<>(this);
    enqueue(new Statement(sql, args, rs -> pending.set(rows(rs, mapper)), n -> pending.set(List.of())));
    return pending;
  }

  /**
   * Like {@link #queue}, for a statement whose rows are each one entry of a map (keys unique):
   * the map, read once the statement was sent.
   */
  public <K, V> Supplier<Map<K, V>> queueMap(String sql, RowMapper<Map.Entry<K, V>> mapper,
      Object... args) {
    Pending<List<Map.Entry<K, V>>> rows = queue(sql, mapper, args);
    return () -> rows.get().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** Runs a query in one go with the statements queued before it, which are sent first. */
  public <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
    return queue(sql, mapper, args).get();
  }

  /**
   * Lets the current transaction commit without waiting for its WAL to reach the disk
   * ({@code SET LOCAL synchronous_commit = off}, sent with its last writes): a database crash
   * in the next fraction of a second may lose it, nothing else can, and it never damages the
   * database. Only for steps whose loss is harmless; a transaction with no queued write left at
   * its commit commits as usual.
   */
  public void commitAsynchronously() {
    Queue queue = queue();
    if (queue != null) {
      queue.asynchronous = true;
    }
  }

  /** Sends the queued writes of the current transaction now. */
  public void flush() {
    flush(false);
  }

  /** Sends the queued writes, followed by COMMIT when {@code commit} and there are any. */
  private void flush(boolean commit) {
    Queue queue = (Queue) TransactionSynchronizationManager.getResource(this);
    if (queue != null && !queue.statements.isEmpty()) {
      List<Statement> all = new ArrayList<>();
      for (Object queued : queue.statements) {
        all.add(queued instanceof Rows r ? Statement.unread(r.sql(), r.arguments(queue.batches.get(r)))
            : (Statement) queued);
      }
      queue.statements.clear();
      queue.batches.clear();
      if (commit) {
        if (queue.asynchronous) {
          all.add(0, Statement.unread("SET LOCAL synchronous_commit = off"));
        }
        all.add(Statement.unread("COMMIT"));
      }
      send(all);
    }
  }

  private void enqueue(Statement statement) {
    Queue queue = queue();
    if (queue == null) {
      send(List.of(statement));
    } else {
      queue.statements.add(statement);
    }
  }

  private static int count(ResultSet rs) throws SQLException {
    int n = 0;
    while (rs.next()) {
      n++;
    }
    return n;
  }

  private static <T> List<T> rows(ResultSet rs, RowMapper<T> mapper) throws SQLException {
    List<T> rows = new ArrayList<>();
    int i = 0;
    while (rs.next()) {
      rows.add(mapper.mapRow(rs, i++));
    }
    return rows;
  }

  /** This transaction's queue, created on first use; null outside a transaction or once committing. */
  private Queue queue() {
    if (!TransactionSynchronizationManager.isActualTransactionActive()
        || !TransactionSynchronizationManager.isSynchronizationActive()) {
      return null;
    }
    Queue queue = (Queue) TransactionSynchronizationManager.getResource(this);
    if (queue == null) {
      queue = new Queue();
      TransactionSynchronizationManager.bindResource(this, queue);
      Queue registered = queue;
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public int getOrder() {
          return Ordered.LOWEST_PRECEDENCE; // last: the COMMIT goes with these writes
        }

        @Override
        public void beforeCommit(boolean readOnly) {
          Pipeline.this.flush(!readOnly); // not TransactionSynchronization.flush(), a no-op
          registered.closed = true; // a write queued by a later synchronization runs at once
        }

        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(Pipeline.this);
        }
      });
    }
    return queue.closed ? null : queue;
  }

  private void send(List<Statement> all) {
    if (all.isEmpty()) {
      return;
    }
    String sql = all.stream().map(Statement::sql).collect(Collectors.joining(";\n"));
    jdbc.execute((ConnectionCallback<Void>) con -> {
      try (PreparedStatement ps = con.prepareStatement(sql)) {
        int i = 1;
        for (Statement s : all) {
          for (Object a : s.args()) {
            if (a instanceof SqlArray array) {
              ps.setArray(i++, con.createArrayOf(array.type(), array.values()));
            } else if (a == null) {
              ps.setNull(i++, Types.NULL);
            } else {
              ps.setObject(i++, a);
            }
          }
        }
        boolean resultSet = ps.execute();
        for (Statement s : all) {
          if (resultSet) {
            try (ResultSet rs = ps.getResultSet()) {
              s.rows().read(rs);
            }
          } else {
            s.count().accept(ps.getUpdateCount());
          }
          resultSet = ps.getMoreResults();
        }
      }
      return null;
    });
  }

  private static final class Queue {
    /** {@link Statement}s and {@link Rows} writes, in the order they were (first) queued. */
    final List<Object> statements = new ArrayList<>();
    /** The rows queued for each {@link Rows} write (constants, so by identity). */
    final Map<Rows, List<Object[]>> batches = new IdentityHashMap<>();
    boolean closed;
    boolean asynchronous;
  }

  private interface Reader {
    void read(ResultSet rs) throws SQLException;
  }

  /** A statement, what to do with the rows it returns, and what to do with its row count. */
  private record Statement(String sql, Object[] args, Reader rows, IntConsumer count) {

    /** A statement whose result nobody reads. */
    static Statement unread(String sql, Object... args) {
      return new Statement(sql, args, rs -> { }, n -> { });
    }
  }
}
