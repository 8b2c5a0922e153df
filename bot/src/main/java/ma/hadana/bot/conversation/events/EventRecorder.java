package ma.hadana.bot.conversation.events;

import java.sql.Timestamp;
import ma.hadana.bot.db.Pipeline;
import org.springframework.stereotype.Repository;

/**
 * Writes conversation events in the caller's transaction, with its other writes just before the
 * commit (one round trip for all of them).
 */
@Repository
public class EventRecorder {

  private final Pipeline pipeline;

  public EventRecorder(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** Records one event. */
  public void record(ConversationEvent e) {
    pipeline.write(
        "INSERT INTO conversation_event (occurred_at, kind, channel, language, intent,"
            + " place_id, commune, arrondissement_id, age_months, filters, results_count,"
            + " nearest_meters, obstacle_category, nearest_full)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        Timestamp.from(e.occurredAt()), e.kind(), e.channel(), e.language(), e.intent(),
        e.placeId(), e.commune(), e.arrondissementId(), e.ageMonths(), e.filters(),
        e.resultsCount(), e.nearestMeters(), e.obstacleCategory(), e.nearestFull());
  }
}
