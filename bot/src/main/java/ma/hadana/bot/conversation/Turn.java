package ma.hadana.bot.conversation;

import java.util.List;

/** What one inbound message produced: the replies (maybe none) and how it was understood. */
public record Turn(List<Reply> replies, Interpretation interpretation) {}
