package ma.hadana.admin.inbox;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Named handovers written straight to the shared tables, as the bot would have opened them (the
 * console runs no conversation of its own).
 */
public final class Handovers {

  /** Amina asked for a person on SMS, in French, 90 minutes ago. */
  public static long aminaAskedForAPerson(JdbcClient jdbc) {
    long id = insert(jdbc, "amina-sms", "sms", "+212600000042", "fr", "human", null,
        "handed_over", Duration.ofMinutes(90));
    message(jdbc, id, "in", "jcherche creche pr ma fille 2ans vers sidi moumen");
    message(jdbc, id, "bot", "Crèches près de Sidi Moumen : 1. Crèche Al Moustakbal");
    message(jdbc, id, "in", "agent");
    return id;
  }

  /** Youssef reported an obstacle on Telegram, in Darija, three hours ago; the bot still answers. */
  public static long youssefReportedAnObstacle(JdbcClient jdbc) {
    long id = insert(jdbc, "youssef-tg", "telegram", "5550001", "ary", "obstacle", "documents",
        "waiting", Duration.ofHours(3));
    message(jdbc, id, "in", "ma 3tawnich blassa 7it ma3ndich lwra9");
    return id;
  }

  private static long insert(JdbcClient jdbc, String key, String channel, String address,
      String language, String reason, String obstacle, String state, Duration ago) {
    Timestamp at = Timestamp.from(Instant.now().minus(ago));
    return jdbc.sql("INSERT INTO handover (channel, sender_key, address, language, reason,"
            + " obstacle_category, state, opened_at, last_message_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
        .params(channel, key, address, language, reason, obstacle, state, at, at)
        .query(Long.class).single();
  }

  private static void message(JdbcClient jdbc, long id, String direction, String text) {
    jdbc.sql("INSERT INTO handover_message (handover_id, direction, text, at) VALUES (?, ?, ?, now())")
        .params(id, direction, text).update();
  }

  private Handovers() {}
}
