package ma.hadana.bot.conversation.place;

import ma.hadana.registry.gazetteer.Place;

/**
 * One answer of a disambiguation question.
 *
 * @param place the place this answer stands for
 * @param label what tells it apart: its city, or for a commune its province
 */
public record PlaceCandidate(Place place, String label) {}
