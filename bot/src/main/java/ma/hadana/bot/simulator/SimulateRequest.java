package ma.hadana.bot.simulator;

/** A message as a test phone would send it: channel sms or telegram, sender, text, location. */
record SimulateRequest(String channel, String from, String text, Location location) {

  /** A shared position. */
  record Location(Double lat, Double lon) {}
}
