package ma.hadana.bot.conversation.understanding.entity;

/**
 * A child's age read from a message.
 *
 * @param months age in whole months
 * @param plausible whether it lies in 0–72 months, the crèche and preschool range; an older age
 *     is still reported so the dialogue can say crèches stop at six
 */
public record ChildAge(int months, boolean plausible) {

  /** Oldest age, in months, a crèche or preschool takes. */
  public static final int MAX_MONTHS = 72;

  static ChildAge ofMonths(int months) {
    return new ChildAge(months, months >= 0 && months <= MAX_MONTHS);
  }
}
