package ma.hadana.bot.handover;

import java.time.Instant;

/**
 * One message of a handover's exchange.
 *
 * @param direction in (the family), out (a social worker) or bot (the bot's reply)
 * @param text the text as written
 * @param author the social worker's email for out, else null
 * @param at when it was written
 */
public record InboxMessage(String direction, String text, String author, Instant at) {}
