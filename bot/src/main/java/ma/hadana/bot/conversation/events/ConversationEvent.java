package ma.hadana.bot.conversation.events;

import java.time.Instant;

/**
 * One anonymous fact for the needs assessment: a search, an obstacle, a message not understood
 * or a request for a person. No message text, no sender.
 *
 * @param nearestFull for a search with results, whether its nearest result has no free place
 */
public record ConversationEvent(
    Instant occurredAt,
    String kind,
    String channel,
    String language,
    String intent,
    String placeId,
    String commune,
    String arrondissementId,
    Integer ageMonths,
    String filters,
    Integer resultsCount,
    Integer nearestMeters,
    String obstacleCategory,
    Boolean nearestFull) {}
