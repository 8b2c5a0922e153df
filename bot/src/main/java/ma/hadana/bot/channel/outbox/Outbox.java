package ma.hadana.bot.channel.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.Reply;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The durable outbox: every message sent outside an HTTP reply (Telegram replies, proactive
 * messages from the console) is queued here in the transaction of the change that caused it,
 * then sent by an {@link OutboxWorker}. Nothing is lost if the process dies after the commit.
 */
@Service
public class Outbox {

  private final OutboxStore store;
  private final ObjectProvider<OutboxWorker> worker;
  private final Clock clock;

  /**
   * The worker is optional: the console queues messages without sending them itself, and the
   * bot's workers pick its rows up at their next poll.
   */
  Outbox(OutboxStore store, ObjectProvider<OutboxWorker> worker, Clock clock) {
    this.store = store;
    this.worker = worker;
    this.clock = clock;
  }

  /**
   * Queues one reply to a raw address (phone number in E.164, Telegram chat id) in the caller's
   * transaction: its text with choices, then its venue as a second message where the channel
   * shows maps (Telegram). Queuing a key twice queues it once. Returns the rows queued. Nothing
   * is sent to a recipient that has opted out by the time the worker gets to it.
   */
  public int enqueue(Channel channel, String address, Reply reply, String idempotencyKey) {
    return enqueue(channel, address, reply, idempotencyKey, false);
  }

  /**
   * Queues the reply confirming an opt-out (the core's answer to STOP): the one message sent
   * although the recipient has opted out.
   */
  public int enqueueOptOutConfirmation(Channel channel, String address, Reply reply,
      String idempotencyKey) {
    return enqueue(channel, address, reply, idempotencyKey, true);
  }

  /** Queues one provider call; false when {@code idempotencyKey} was already queued. */
  public boolean enqueue(Channel channel, String address, OutboundPayload payload,
      String idempotencyKey) {
    return enqueue(channel, address, payload, idempotencyKey, false);
  }

  private int enqueue(Channel channel, String address, Reply reply, String key, boolean confirms) {
    int rows = 0;
    if (!reply.text().isBlank()) {
      rows += enqueue(channel, address, OutboundPayload.text(reply.text(), reply.choices()), key,
          confirms) ? 1 : 0;
    }
    if (reply.venue() != null && channel == Channel.TELEGRAM) {
      rows += enqueue(channel, address, OutboundPayload.venue(reply.venue()), key + "/venue",
          confirms) ? 1 : 0;
    }
    return rows;
  }

  private boolean enqueue(Channel channel, String address, OutboundPayload payload, String key,
      boolean confirmsOptOut) {
    boolean queued = store.insert(channel, address, payload, key, confirmsOptOut, clock.instant());
    if (queued) {
      wakeAfterCommit();
    }
    return queued;
  }

  /**
   * Deletes every message to this address, queued or finished, in the caller's transaction: the
   * recipient asked to be forgotten. Queue the confirmation after this. Returns the rows deleted.
   */
  public int forget(Channel channel, String address) {
    return store.deleteRecipient(channel, address);
  }

  /**
   * Deletes finished messages (sent, opted out, failed, dead letters included) last touched
   * before {@code before}: they hold raw addresses and message bodies. Queued ones stay.
   */
  public int purgeFinished(Instant before) {
    return store.purgeEnded(before);
  }

  /** Where the message queued under this key stands. */
  public Optional<OutboxEntry> find(String idempotencyKey) {
    return store.find(idempotencyKey);
  }

  /** Messages given up on (refused, or retries exhausted), most recent first, for the admins. */
  public List<DeadLetter> deadLetters(int limit) {
    return store.deadLetters(limit);
  }

  /**
   * Sends a dead letter again: the admin fixed its cause (a provider setting, a blocked number).
   * It becomes pending with a full set of attempts; false when {@code id} is no dead letter.
   */
  public boolean retry(long id) {
    boolean revived = store.revive(id, clock.instant());
    if (revived) {
      wakeAfterCommit();
    }
    return revived;
  }

  /**
   * Records the delivery status a provider reported for a message it accepted (Twilio status
   * callbacks); returns how many rows it updated (0 when the message is not from the outbox).
   */
  public int recordDelivery(String providerMessageId, String status, String errorCode) {
    return store.delivery(providerMessageId, status, errorCode, clock.instant());
  }

  private void wakeAfterCommit() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          worker.ifAvailable(OutboxWorker::wake);
        }
      });
    } else {
      worker.ifAvailable(OutboxWorker::wake);
    }
  }
}
