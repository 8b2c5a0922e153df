package ma.hadana.registry.search;

import ma.hadana.registry.creche.Creche;

/** One listing found by a nearby search, with its exact great-circle distance in metres. */
public record NearbyHit(Creche creche, double distanceMeters) {}
