package ma.hadana.bot.conversation;

import java.util.List;
import java.util.Map;

/**
 * How Hadana read a message, for the simulator and quality tests: the language it is written in,
 * the intent after dialogue context, the place, the candidates when ambiguous, the age, filters
 * and what the bot now asks for (location, disambiguation, age) or null.
 */
public record Interpretation(
    String language,
    String script,
    String intent,
    PlaceRef place,
    List<String> candidates,
    Integer ageMonths,
    Map<String, Object> filters,
    String asks) {}
