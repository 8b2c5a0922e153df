package ma.hadana.bot.channel.twilio;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import ma.hadana.bot.conversation.Sender;
import ma.hadana.bot.conversation.dialogue.Conversation;
import ma.hadana.bot.db.Combiner;
import ma.hadana.bot.db.Pipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands verified Twilio webhooks to the core. A message's receipt (its MessageSid) and its
 * conversation step commit in one transaction, so a redelivered message is answered once.
 * Messages that arrive while others are being answered are answered together, one transaction
 * for all of them ({@code hadana.batch.runners} transactions at once, at most
 * {@code hadana.batch.max-messages} messages each). A transaction of routine steps only
 * ({@link Turn#routine}) commits without waiting for the disk
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
  private final Combiner<Job, Optional<List<Reply>>> combiner;
  private final DistributionSummary batchSizes;

  TwilioInbound(Conversation conversation, InboundReceipts receipts, Contacts contacts,
      Outbox outbox, TransactionTemplate tx, Pipeline pipeline,
      @Value("${hadana.db.async-routine-commit:true}") boolean asyncRoutine,
      @Value("${hadana.batch.runners:2}") int runners,
      @Value("${hadana.batch.max-messages:32}") int maxBatch, MeterRegistry meters, Clock clock) {
    this.conversation = conversation;
    this.receipts = receipts;
    this.contacts = contacts;
    this.outbox = outbox;
    this.tx = tx;
    this.pipeline = pipeline;
    this.asyncRoutine = asyncRoutine;
    this.clock = clock;
    this.batchSizes = DistributionSummary.builder("hadana.batch.messages")
        .description("Messages answered in one transaction").tag("provider", PROVIDER)
        .register(meters);
    // A batch that failed in the database for another reason than a lock conflict or a
    // constraint (the database is away or slow) fails every message at once: 503 to each, well
    // within Twilio's timeout. Anything else (a deadlock, one message's bug) is tried again
    // message by message, so that it stays that message's.
    this.combiner = new Combiner<>(this::answer, Job::sender, TwilioInbound::oneMessages,
        runners, maxBatch);
  }

  /**
   * The replies to send back, or empty when this MessageSid was already handled. Messages that
   * arrive together are answered together ({@link Combiner}): their receipts, contact locks and
   * dialogues in one round trip, their writes and the commit in another.
   */
  Optional<List<Reply>> message(TwilioMessage m) {
    // Understood before the transaction takes a pooled connection: the model needs none.
    Job job = new Job(m, conversation.understand(m.text()), contacts.keyOf(m.channel(), m.address()));
    Optional<List<Reply>> out = combiner.submit(job);
    if (out.isEmpty()) {
      log.info("twilio message sid={} channel={} duplicate", m.messageSid(), m.channel().code());
    } else {
      log.debug("twilio message sid={} channel={} replies={}", m.messageSid(), m.channel().code(),
          out.get().size());
    }
    return out;
  }

  /** A verified message waiting for its step. */
  private record Job(TwilioMessage message, Understanding understood, String senderKey) {

    Sender sender() {
      return new Sender(message.channel().code(), senderKey);
    }
  }

  /**
   * Answers messages of different senders in one transaction. A receipt goes to PostgreSQL in
   * the same round trip as the steps' contact locks; a redelivery (a receipt already there) rolls
   * that transaction back, and the others are answered again without it.
   */
  private List<Optional<List<Reply>>> answer(List<Job> jobs) {
    batchSizes.record(jobs.size());
    List<Optional<List<Reply>>> out = new ArrayList<>(Collections.nCopies(jobs.size(), null));
    List<Integer> pending = new ArrayList<>();
    for (int i = 0; i < jobs.size(); i++) {
      pending.add(i);
    }
    while (!pending.isEmpty()) {
      List<Integer> these = pending;
      try {
        List<Turn> turns = tx.execute(status -> steps(jobs, these));
        for (int i = 0; i < these.size(); i++) {
          out.set(these.get(i), Optional.of(turns.get(i).replies()));
        }
        pending = List.of();
      } catch (Conversation.Redelivered r) {
        // Already answered: this second step never happened.
        log.debug("twilio batch of {}: {} redelivered, the others answered again", these.size(),
            r.redelivered().size());
        Set<String> again = new HashSet<>();
        r.redelivered().forEach(in -> again.add(in.message().senderKey()));
        pending = new ArrayList<>();
        for (int i : these) {
          if (again.contains(jobs.get(i).senderKey())) {
            out.set(i, Optional.empty());
          } else {
            pending.add(i);
          }
        }
      }
    }
    return out;
  }

  private List<Turn> steps(List<Job> jobs, List<Integer> these) {
    Instant now = clock.instant();
    List<Conversation.Incoming> in = new ArrayList<>(these.size());
    for (int i : these) {
      TwilioMessage m = jobs.get(i).message();
      InboundReceipts.Claim receipt = receipts.claim(PROVIDER, m.messageSid(), now);
      in.add(new Conversation.Incoming(new InboundMessage(m.channel(), jobs.get(i).senderKey(),
          m.text(), m.location(), now, m.address()), jobs.get(i).understood(), receipt::first));
    }
    List<Turn> turns = conversation.handle(in);
    boolean routine = true;
    for (int i = 0; i < turns.size(); i++) {
      Turn turn = turns.get(i);
      TwilioMessage m = jobs.get(these.get(i)).message();
      if (Intent.FORGET.code().equals(turn.interpretation().intent())) {
        outbox.forget(m.channel(), m.address()); // the confirmation goes back in the TwiML
      }
      routine &= turn.routine();
    }
    if (asyncRoutine && routine) {
      // The replies travel in these HTTP answers, not in the outbox: if a database crash lost
      // the steps, Twilio would still have the replies; the families would only find the next
      // "2" or "plus" not remembered.
      pipeline.commitAsynchronously();
    }
    return turns;
  }

  /** True when a batch's failure may be one message's own, worth trying each message alone. */
  private static boolean oneMessages(Throwable e) {
    if (e instanceof PessimisticLockingFailureException || e instanceof DataIntegrityViolationException) {
      return true;
    }
    return !(e instanceof DataAccessException || e instanceof TransactionException);
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
