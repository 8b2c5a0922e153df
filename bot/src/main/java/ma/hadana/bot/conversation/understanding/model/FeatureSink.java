package ma.hadana.bot.conversation.understanding.model;

/**
 * Receives features one at a time, each written as pieces of text between {@link #begin} and
 * {@link #end}: the same generator can collect them as strings (for OpenNLP) or hash them
 * without building a string (for {@link CompiledMaxent}).
 */
interface FeatureSink {

  /** Starts a feature. */
  void begin();

  /** Appends {@code s[from, to)} to the current feature. */
  void append(String s, int from, int to);

  /** Ends the current feature. */
  void end();

  /** Appends the whole of {@code s}. */
  default void append(String s) {
    append(s, 0, s.length());
  }

  /** A whole feature at once. */
  default void feature(String s) {
    begin();
    append(s);
    end();
  }
}
