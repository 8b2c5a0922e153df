package ma.hadana.bot.conversation.events;

import static ma.hadana.bot.db.Pipeline.bool;
import static ma.hadana.bot.db.Pipeline.integer;
import static ma.hadana.bot.db.Pipeline.text;

import java.sql.Timestamp;
import ma.hadana.bot.db.Pipeline;
import org.springframework.stereotype.Repository;

/**
 * Writes conversation events in the caller's transaction, with its other writes just before the
 * commit (one round trip for all of them). The nullable columns are bound typed, so that the
 * statement stays prepared whichever of them an event leaves empty.
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
        Timestamp.from(e.occurredAt()), e.kind(), e.channel(), text(e.language()), text(e.intent()),
        text(e.placeId()), text(e.commune()), text(e.arrondissementId()), integer(e.ageMonths()),
        text(e.filters()), integer(e.resultsCount()), integer(e.nearestMeters()),
        text(e.obstacleCategory()), bool(e.nearestFull()));
  }
}
