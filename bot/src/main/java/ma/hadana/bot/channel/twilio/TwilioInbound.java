package ma.hadana.bot.channel.twilio;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import ma.hadana.bot.channel.Contacts;
import ma.hadana.bot.channel.InboundReceipts;
import ma.hadana.bot.channel.outbox.Outbox;
import ma.hadana.bot.channel.twilio.TwilioMapper.TwilioMessage;
import ma.hadana.bot.channel.twilio.TwilioMapper.TwilioStatus;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.InboundMessage;
import ma.hadana.bot.conversation.Intent;
import ma.hadana.bot.conversation.Turn;
import ma.hadana.bot.conversation.Understanding;
import ma.hadana.bot.conversation.Reply;
import ma.hadana.bot.conversation.dialogue.Conversation;
import ma.hadana.bot.db.Pipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands verified Twilio webhooks to the core. A message's receipt (its MessageSid) and its
 * conversation step commit in one transaction, so a redelivered message is answered once. A
 * routine step ({@link Turn#routine}) commits without waiting for the disk
 * ({@code hadana.db.async-routine-commit}, on by default).
 */
@Service
class TwilioInbound {

  private static final Logger log = LoggerFactory.getLogger(TwilioInbound.class);
  static final String PROVIDER = "twilio";
  /** Twilio: the recipient replied STOP (or is on a carrier block list). */
  static final String OPTED_OUT = "21610";

  private final Conversation conversation;
  private final InboundReceipts receipts;
  private final Contacts contacts;
  private final Outbox outbox;
  private final TransactionTemplate tx;
  private final Pipeline pipeline;
  private final boolean asyncRoutine;
  private final Clock clock;

  TwilioInbound(Conversation conversation, InboundReceipts receipts, Contacts contacts,
      Outbox outbox, TransactionTemplate tx, Pipeline pipeline,
      @Value("${hadana.db.async-routine-commit:true}") boolean asyncRoutine, Clock clock) {
    this.conversation = conversation;
    this.receipts = receipts;
    this.contacts = contacts;
    this.outbox = outbox;
    this.tx = tx;
    this.pipeline = pipeline;
    this.asyncRoutine = asyncRoutine;
    this.clock = clock;
  }

  /**
   * The replies to send back, or empty when this MessageSid was already handled. The receipt
   * goes to PostgreSQL in the same round trip as the step's contact lock; a redelivery is only
   * known after the step ran, and the step is then rolled back.
   */
  Optional<List<Reply>> message(TwilioMessage m) {
    // Understood before the transaction takes a pooled connection: the model needs none.
    Understanding understood = conversation.understand(m.text());
    String key = contacts.keyOf(m.channel(), m.address());
    Optional<List<Reply>> out = tx.execute(status -> {
      Instant now = clock.instant();
      InboundReceipts.Claim receipt = receipts.claim(PROVIDER, m.messageSid(), now);
      Turn turn = conversation.handle(
          new InboundMessage(m.channel(), key, m.text(), m.location(), now, m.address()), understood);
      if (!receipt.first()) {
        status.setRollbackOnly(); // already answered: this second step never happened
        return Optional.empty();
      }
      if (Intent.FORGET.code().equals(turn.interpretation().intent())) {
        outbox.forget(m.channel(), m.address()); // the confirmation goes back in the TwiML
      }
      if (asyncRoutine && turn.routine()) {
        // The reply travels in this HTTP answer, not in the outbox: if a database crash lost
        // the step, Twilio would still have the reply; the family would only find the next
        // "2" or "plus" not remembered.
        pipeline.commitAsynchronously();
      }
      return Optional.of(turn.replies());
    });
    if (out.isEmpty()) {
      log.info("twilio message sid={} channel={} duplicate", m.messageSid(), m.channel().code());
    } else {
      log.debug("twilio message sid={} channel={} replies={}", m.messageSid(), m.channel().code(),
          out.get().size());
    }
    return out;
  }

  /** Records a delivery status; error 21610 opts the recipient out. */
  void status(TwilioStatus s) {
    tx.executeWithoutResult(status -> {
      int rows = outbox.recordDelivery(s.messageSid(), s.status(), s.errorCode());
      if (OPTED_OUT.equals(s.errorCode()) && s.address() != null) {
        contacts.providerOptOut(s.channel() == null ? Channel.SMS : s.channel(), s.address(),
            clock.instant());
      }
      log.info("twilio status sid={} status={} error={} outbox={}", s.messageSid(), s.status(),
          s.errorCode(), rows);
    });
  }
}
