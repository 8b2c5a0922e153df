package ma.hadana.bot.conversation.events;

import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes conversation events in the caller's transaction. */
@Repository
public class EventRecorder {

  private final JdbcClient jdbc;

  public EventRecorder(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records one event. */
  public void record(ConversationEvent e) {
    jdbc.sql(
            "INSERT INTO conversation_event (occurred_at, kind, channel, language, intent,"
                + " place_id, commune, arrondissement_id, age_months, filters, results_count,"
                + " nearest_meters, obstacle_category) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(Timestamp.from(e.occurredAt()), e.kind(), e.channel(), e.language(), e.intent(),
            e.placeId(), e.commune(), e.arrondissementId(), e.ageMonths(), e.filters(),
            e.resultsCount(), e.nearestMeters(), e.obstacleCategory())
        .update();
  }
}
