package ma.hadana.bot.conversation.events;

import ma.hadana.bot.db.Pipeline;
import ma.hadana.bot.db.Rows;
import org.springframework.stereotype.Repository;

/**
 * Writes conversation events in the caller's transaction, with its other writes just before the
 * commit: the events of all the steps a transaction answers go in one statement.
 */
@Repository
public class EventRecorder {

  private static final Rows INSERT = new Rows(
      "INSERT INTO conversation_event (occurred_at, kind, channel, language, intent,"
          + " place_id, commune, arrondissement_id, age_months, filters, results_count,"
          + " nearest_meters, obstacle_category, nearest_full)"
          + " SELECT * FROM unnest(?::timestamptz[], ?::text[], ?::text[], ?::text[], ?::text[],"
          + " ?::text[], ?::text[], ?::text[], ?::int4[], ?::text[], ?::int4[], ?::int4[],"
          + " ?::text[], ?::bool[])",
      "timestamptz", "text", "text", "text", "text", "text", "text", "text", "int4", "text",
      "int4", "int4", "text", "bool");

  private final Pipeline pipeline;

  public EventRecorder(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** Records one event. */
  public void record(ConversationEvent e) {
    pipeline.row(INSERT, e.occurredAt(), e.kind(), e.channel(), e.language(), e.intent(),
        e.placeId(), e.commune(), e.arrondissementId(), e.ageMonths(), e.filters(),
        e.resultsCount(), e.nearestMeters(), e.obstacleCategory(), e.nearestFull());
  }
}
