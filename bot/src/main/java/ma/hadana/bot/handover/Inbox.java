package ma.hadana.bot.handover;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import ma.hadana.bot.channel.outbox.OutboundPayload;
import ma.hadana.bot.channel.outbox.Outbox;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.dialogue.DialogueState.Said;
import ma.hadana.bot.conversation.reply.ReplyCatalog;
import ma.hadana.bot.conversation.reply.ReplyVariant;
import ma.hadana.bot.handover.HandoverStore.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The console's inbox of conversations handed to people: list, read, take, reply (queued in the
 * outbox on the family's channel, sent by the bot's workers) and close.
 */
@Service
public class Inbox {

  private static final Logger log = LoggerFactory.getLogger(Inbox.class);
  /** The longest reply a social worker may send (about 7 SMS in Arabic). */
  public static final int MAX_REPLY = 480;

  /** What became of a console action. */
  public enum Outcome {
    DONE,
    /** No such handover, or it is closed. */
    NOT_OPEN,
    /** The family's address is unknown (a conversation from the simulator): nothing to send to. */
    NO_ADDRESS,
    /** The text is empty or longer than {@link #MAX_REPLY}. */
    INVALID
  }

  /** One handover with its exchange, oldest message first. */
  public record Exchange(InboxItem item, List<InboxMessage> messages) {}

  private final HandoverStore store;
  private final Outbox outbox;
  private final ReplyCatalog catalog;
  private final TransactionTemplate tx;
  private final Clock clock;

  Inbox(HandoverStore store, Outbox outbox, ReplyCatalog catalog, TransactionTemplate tx,
      Clock clock) {
    this.store = store;
    this.outbox = outbox;
    this.catalog = catalog;
    this.tx = tx;
    this.clock = clock;
  }

  /** Open handovers: those nobody has taken first, then the oldest first. */
  public List<InboxItem> open(int limit) {
    return store.list(limit);
  }

  /** How many open handovers nobody has taken yet. */
  public long waiting() {
    return store.waiting();
  }

  /** A handover and its exchange. */
  public Optional<Exchange> read(long id) {
    return store.item(id).map(item -> new Exchange(item, store.messages(id)));
  }

  /**
   * Sends a social worker's text to the family on its channel: the message is kept in the
   * exchange and queued in the outbox in one transaction, and the bot goes quiet.
   */
  public Outcome reply(long id, long user, String text) {
    String clean = text == null ? "" : Said.storable(text).strip();
    if (clean.isEmpty() || text.length() > MAX_REPLY) {
      return Outcome.INVALID;
    }
    return tx.execute(status -> {
      Optional<Target> t = store.lockOpen(id);
      if (t.isEmpty()) {
        return Outcome.NOT_OPEN;
      }
      if (t.get().address() == null) {
        return Outcome.NO_ADDRESS;
      }
      Instant now = clock.instant();
      long message = store.append(id, List.of(new Said("out", clean)), user, null, now);
      outbox.enqueue(channel(t.get()), t.get().address(), OutboundPayload.text(clean, List.of()),
          "handover:" + id + ":" + message);
      store.answered(id, user, now);
      log.info("handover={} console reply queued", id);
      return Outcome.DONE;
    });
  }

  /** A social worker takes the conversation: the bot goes quiet on it. */
  public Outcome take(long id, long user) {
    Integer rows = tx.execute(status -> store.take(id, user, clock.instant()));
    return rows != null && rows == 1 ? Outcome.DONE : Outcome.NOT_OPEN;
  }

  /**
   * Closes the conversation and forgets the family's address; a family that was talking to a
   * person is told, in its language, that the bot answers again.
   */
  public Outcome close(long id, long user) {
    return tx.execute(status -> {
      Optional<Target> t = store.lockOpen(id);
      if (t.isEmpty()) {
        return Outcome.NOT_OPEN;
      }
      if (HandoverStore.HANDED_OVER.equals(t.get().state()) && t.get().address() != null) {
        ReplyVariant v = ReplyVariant.fromTag(t.get().language());
        String text = catalog.text(v == null ? ReplyVariant.FR : v, "handover.closed");
        outbox.enqueue(channel(t.get()), t.get().address(), OutboundPayload.text(text, List.of()),
            "handover:" + id + ":closed");
      }
      store.close(id, user, clock.instant());
      log.info("handover={} closed from the console", id);
      return Outcome.DONE;
    });
  }

  private static Channel channel(Target t) {
    return Channel.valueOf(t.channel().toUpperCase(Locale.ROOT));
  }
}
