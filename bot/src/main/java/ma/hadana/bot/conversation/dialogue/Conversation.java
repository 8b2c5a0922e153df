package ma.hadana.bot.conversation.dialogue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import ma.hadana.bot.conversation.Filter;
import ma.hadana.bot.conversation.InboundMessage;
import ma.hadana.bot.conversation.Intent;
import ma.hadana.bot.conversation.Interpretation;
import ma.hadana.bot.conversation.Interpreter;
import ma.hadana.bot.conversation.Language;
import ma.hadana.bot.conversation.Sender;
import ma.hadana.bot.conversation.Turn;
import ma.hadana.bot.conversation.Understanding;
import ma.hadana.bot.conversation.limit.RateLimiter;
import ma.hadana.bot.conversation.limit.RateLimiter.Verdict;
import ma.hadana.bot.conversation.reply.ReplyVariant;
import ma.hadana.bot.handover.Handovers;
import ma.hadana.bot.referral.ReferralLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one entry point of the conversation core: a message in, replies out. Knows no channel
 * provider. Each message is handled in one transaction that locks the sender's contact row, so
 * any instance can continue any dialogue and one sender's messages never interleave.
 */
@Service
public class Conversation {

  private static final Logger log = LoggerFactory.getLogger(Conversation.class);
  /** Below this, a message's language does not override the one the sender used before. */
  static final double LANGUAGE_CONFIDENCE = 0.6;
  /** Always honoured, whatever the rate limit: leaving and being forgotten must always work. */
  private static final Set<Intent> UNLIMITED = EnumSet.of(Intent.STOP, Intent.FORGET);
  /** Steps whose writes a database crash could lose harmlessly (see {@link Turn#routine}). */
  private static final Set<Intent> ROUTINE = EnumSet.of(Intent.FIND, Intent.MORE, Intent.DETAILS,
      Intent.HELP, Intent.GREETING, Intent.THANKS);

  private final Interpreter interpreter;
  private final ContactStore contacts;
  private final DialogueStore dialogues;
  private final DialoguePolicy policy;
  private final RateLimiter limiter;
  private final Events events;
  private final ConversationMetrics metrics;
  private final ReferralLinks referrals;
  private final TransactionTemplate tx;
  private final Clock clock;

  public Conversation(Interpreter interpreter, ContactStore contacts, DialogueStore dialogues,
      DialoguePolicy policy, RateLimiter limiter, Events events, ConversationMetrics metrics,
      ReferralLinks referrals, TransactionTemplate tx, Clock clock) {
    this.interpreter = interpreter;
    this.contacts = contacts;
    this.dialogues = dialogues;
    this.policy = policy;
    this.limiter = limiter;
    this.events = events;
    this.metrics = metrics;
    this.referrals = referrals;
    this.tx = tx;
    this.clock = clock;
  }

  /** Answers one message. Never throws for any text; an opted-out sender gets no reply. */
  public Turn handle(InboundMessage m) {
    return handle(m, understand(m.text()));
  }

  /**
   * What a text says, without touching the database: a channel that wraps the step in its own
   * transaction understands the message first, so that no pooled connection waits on the model.
   */
  public Understanding understand(String text) {
    return interpreter.understand(text);
  }

  /** Answers one message already {@link #understand understood}; joins the caller's transaction. */
  public Turn handle(InboundMessage m, Understanding u) {
    return handle(List.of(new Incoming(m, u, () -> true))).get(0);
  }

  /**
   * One message to answer with others in a transaction: the message, what it says, and whether
   * it is {@code fresh}, asked only after the transaction's first round trip (a channel's receipt
   * of the provider's message id, queued before the steps' reads, says false for a redelivery).
   */
  public record Incoming(InboundMessage message, Understanding understood, BooleanSupplier fresh) { }

  /** Thrown, rolling the transaction back, when some of the messages were redeliveries. */
  public static final class Redelivered extends RuntimeException {

    private final transient List<Incoming> redelivered;

    Redelivered(List<Incoming> redelivered) {
      super(redelivered.size() + " message(s) already answered", null, false, false);
      this.redelivered = redelivered;
    }

    /** The messages that were not fresh. */
    public List<Incoming> redelivered() {
      return redelivered;
    }
  }

  /**
   * Answers messages of different senders (each sender at most once) in one transaction, the
   * caller's if there is one: the contact locks, rate counts, handovers and dialogues of all of
   * them are read in one round trip, and their writes go with the commit. When a message is not
   * {@link Incoming#fresh fresh}, throws {@link Redelivered} before any step ran. Never throws for
   * any text; an opted-out sender gets no reply.
   */
  public List<Turn> handle(List<Incoming> messages) {
    List<Turn> turns = tx.execute(status -> steps(messages));
    for (int i = 0; i < turns.size(); i++) {
      Turn turn = turns.get(i);
      metrics.turn(messages.get(i).message().channel(), turn.replies().isEmpty()
          ? turn.interpretation().language() : turn.replies().get(0).language(), turn.replies().size(),
          Intent.UNKNOWN.code().equals(turn.interpretation().intent()));
    }
    return turns;
  }

  private List<Turn> steps(List<Incoming> messages) {
    List<Sender> senders = new ArrayList<>(messages.size());
    List<Instant> times = new ArrayList<>(messages.size());
    List<RateLimiter.Counted> counted = new ArrayList<>();
    for (Incoming in : messages) {
      InboundMessage m = in.message();
      Sender sender = Sender.of(m);
      Instant now = receivedAt(m);
      senders.add(sender);
      times.add(now);
      if (!UNLIMITED.contains(in.understood().intent())) {
        counted.add(new RateLimiter.Counted(sender, now, in.understood().intent() == Intent.START));
      }
    }
    // One round trip: the writes queued before (receipts), the locks, counts and look-ups.
    Supplier<Map<Sender, Contact>> locked = contacts.lock(senders, times);
    Supplier<Map<Sender, Verdict>> verdicts = limiter.count(counted);
    Supplier<Map<Sender, Handovers.Lookup>> handovers = policy.handovers(senders);
    Supplier<Map<Sender, DialogueState>> dialogues = this.dialogues.load(senders, times);
    Map<Sender, DialogueState> states = dialogues.get();
    List<Incoming> redelivered = messages.stream().filter(in -> !in.fresh().getAsBoolean()).toList();
    if (!redelivered.isEmpty()) {
      throw new Redelivered(redelivered);
    }
    Map<Sender, Contact> contactOf = locked.get();
    Map<Sender, Verdict> verdictOf = verdicts.get();
    Map<Sender, Handovers.Lookup> handoverOf = handovers.get();
    List<Turn> turns = new ArrayList<>(messages.size());
    for (int i = 0; i < messages.size(); i++) {
      Sender sender = senders.get(i);
      Incoming in = messages.get(i);
      turns.add(step(in.message(), in.understood(), times.get(i), contactOf.get(sender),
          verdictOf.getOrDefault(sender, Verdict.ALLOW), handoverOf.getOrDefault(sender, Handovers.Lookup.NONE),
          states.getOrDefault(sender, DialogueState.empty())));
    }
    return turns;
  }

  private Instant receivedAt(InboundMessage m) {
    return m.receivedAt() == null ? clock.instant() : m.receivedAt();
  }

  private Turn step(InboundMessage m, Understanding u, Instant now, Contact contact,
      Verdict counted, Handovers.Lookup handover, DialogueState state) {
    String ch = m.channel().code();
    Step step = new Step(m.channel(), m.senderKey(), m.text(), u, state);
    if (contact.optedOut() && u.intent() != Intent.START && u.intent() != Intent.FORGET) {
      log.debug("Message from an opted-out contact ignored");
      return new Turn(List.of(), interpretation(step, contact));
    }
    // The limit keeps the bot from answering a flood; while a person has the conversation the
    // bot answers nothing but keywords, and every message is for that person: none is dropped.
    Verdict verdict = handover.withPerson() ? Verdict.ALLOW : counted;
    if (verdict == Verdict.SILENCE) {
      return new Turn(List.of(), interpretation(step, contact));
    }
    step.variant = replyVariant(contact, u, m.text(), now);
    if (verdict == Verdict.NOTIFY) {
      step.replies.add(policy.rateLimited(step));
      events.count(step, "rate_limited", now);
      log.info("turn channel={} rate limited: one notice, then silence", ch);
      return new Turn(List.copyOf(step.replies), interpretation(step, contact));
    }
    Optional<Turn> referral = referrals.answer(m, contact.language() == null ? null // a code alone
        : ReplyVariant.of(contact.language(), contact.latinScript()), contact.firstContact(), now);
    if (referral.isPresent()) {
      return referral.get();
    }
    if (contact.firstContact() && !UNLIMITED.contains(u.intent())) {
      step.replies.add(policy.privacyLine(step));
    }
    policy.answer(step, m, handover, now);
    if (step.intent == Intent.FORGET) {
      // The confirmation is the last message: the channel still delivers it, then nothing is
      // left about this sender but anonymous events.
      dialogues.delete(ch, m.senderKey());
      contacts.forget(ch, m.senderKey());
      referrals.forget(m.channel(), m.senderKey());
      events.count(step, "forgotten", now);
    } else if (step.intent == Intent.STOP || step.intent == Intent.START) {
      dialogues.delete(ch, m.senderKey());
      contacts.optOut(ch, m.senderKey(), step.intent == Intent.STOP, now);
    } else {
      dialogues.save(ch, m.senderKey(), step.state, now);
    }
    log.debug("turn channel={} intent={} lang={} replies={}", ch, step.intent.code(),
        step.variant.tag(), step.replies.size());
    boolean routine = ROUTINE.contains(step.intent) && handover.none();
    return new Turn(List.copyOf(step.replies), interpretation(step, contact), routine);
  }

  /**
   * The reply language: the one the sender asked for; else, for a whole-message command
   * (STOP, AIDE, روبوت, a Telegram command), the one the sender chose or used before; else the
   * language of this message when it is clear; else the one used before; else Arabic for a
   * letterless text in Arabic digits or punctuation; else French. Darija follows the sender's
   * script.
   */
  private ReplyVariant replyVariant(Contact contact, Understanding u, String text, Instant now) {
    boolean clear = u.language() != null && u.confidence() >= LANGUAGE_CONFIDENCE;
    if (u.intent() == Intent.LANG_SWITCH && u.switchTo() != null) {
      boolean latin = u.switchTo() == Language.ARY ? u.latinScript() : false;
      contacts.language(contact, u.switchTo(), latin, true, now);
      return ReplyVariant.of(u.switchTo(), latin);
    }
    if (u.command() && contact.language() != null) {
      // A keyword is one word or a set phrase, often a loanword (روبوت, ستوب, "STOP" typed by
      // anyone): it tells nothing about the sender's language, and must not switch it.
      return ReplyVariant.of(contact.language(), contact.latinScript());
    }
    if (contact.languageChosen() && contact.language() != null) {
      boolean latin = contact.language() == Language.ARY && clear ? u.latinScript() : contact.latinScript();
      return ReplyVariant.of(contact.language(), latin);
    }
    if (clear) {
      if (u.language() != contact.language() || u.latinScript() != contact.latinScript()) {
        contacts.language(contact, u.language(), u.latinScript(), false, now);
      }
      return ReplyVariant.of(u.language(), u.latinScript());
    }
    if (contact.language() != null) {
      return ReplyVariant.of(contact.language(), contact.latinScript());
    }
    return arabicMarks(text) ? ReplyVariant.AR : ReplyVariant.FR;
  }

  /** True when a text without letters still shows Arabic writing: ٣, ؟, ، or ؛. */
  static boolean arabicMarks(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0660' && c <= '\u0669' || c >= '\u06f0' && c <= '\u06f9' || c == '\u061f'
          || c == '\u060c' || c == '\u061b') {
        return true;
      }
    }
    return false;
  }

  private static Interpretation interpretation(Step s, Contact contact) {
    Understanding u = s.understanding;
    String language = u.language() != null ? u.language().code()
        : s.variant != null ? s.variant.tag().replace("-Latn", "")
        : contact.language() != null ? contact.language().code() : Language.FR.code();
    Map<String, Object> filters = new LinkedHashMap<>();
    boolean find = s.intent == Intent.FIND;
    for (Filter f : find ? s.state.filters() : u.filters()) {
      filters.put(f.code(), true);
    }
    if (s.intent == Intent.LANG_SWITCH && u.switchTo() != null) {
      filters.put("to", u.switchTo().code());
    }
    Integer age = find && s.state.ageMonths() != null ? s.state.ageMonths() : u.ageMonths();
    return new Interpretation(language, u.latinScript() ? "latin" : "arabic", s.intent.code(),
        s.place, s.candidates, age, filters, s.asks);
  }
}
