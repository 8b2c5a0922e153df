package ma.hadana.bot.conversation;

import java.util.List;

/**
 * What one inbound message produced: the replies (maybe none), how it was understood, and
 * whether the step was {@code routine}: a search, more results, details, help, a greeting or
 * thanks, with no person following the conversation. A routine step writes only what a lost
 * second of database history could spare (its receipt, the dialogue position, the contact's
 * last visit and anonymous events); never an opt-out, a deletion, a referral or a handover.
 */
public record Turn(List<Reply> replies, Interpretation interpretation, boolean routine) {

  /** A step that is not routine. */
  public Turn(List<Reply> replies, Interpretation interpretation) {
    this(replies, interpretation, false);
  }
}
