package ma.hadana.bot.handover;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.InboundMessage;
import ma.hadana.bot.conversation.Intent;
import ma.hadana.bot.conversation.Obstacle;
import ma.hadana.bot.conversation.Reply;
import ma.hadana.bot.conversation.Sender;
import ma.hadana.bot.conversation.dialogue.DialogueState;
import ma.hadana.bot.conversation.dialogue.DialogueStore;
import ma.hadana.bot.conversation.dialogue.DialogueState.Said;
import ma.hadana.bot.conversation.reply.ReplyVariant;
import ma.hadana.bot.conversation.reply.ReplyWriter;
import ma.hadana.bot.db.Pipeline;
import ma.hadana.bot.db.SqlArray;
import ma.hadana.bot.handover.HandoverStore.Open;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * The dialogue's side of the handover to people, called in the transaction that holds the
 * sender's contact lock: opens a handover when a person is needed (asked for: at once, the bot
 * goes quiet; an obstacle or repeated misunderstanding: waiting, the bot keeps answering), keeps
 * its exchange, and holds back the bot's replies while a person has the conversation.
 */
@Service
@EnableConfigurationProperties(HandoverProperties.class)
public class Handovers {

  private static final Logger log = LoggerFactory.getLogger(Handovers.class);
  /** Answered by the bot even while a person has the conversation: leaving, being forgotten. */
  private static final Set<Intent> ALWAYS = EnumSet.of(Intent.STOP, Intent.FORGET, Intent.BOT);
  /**
   * Answered too, but only as the whole-message keyword: the model reading "help" in a sentence
   * meant for the social worker must not make the bot interrupt.
   */
  private static final Set<Intent> KEYWORDS = EnumSet.of(Intent.START, Intent.HELP);
  private static final Pattern DAY = Pattern.compile("\\b(Mo|Tu|We|Th|Fr|Sa|Su)\\b");

  private final HandoverStore store;
  private final ReplyWriter writer;
  private final HandoverProperties props;
  private final Pipeline pipeline;
  private final DialogueStore dialogues;

  Handovers(HandoverStore store, ReplyWriter writer, HandoverProperties props,
      Pipeline pipeline, DialogueStore dialogues) {
    this.store = store;
    this.pipeline = pipeline;
    this.dialogues = dialogues;
    this.writer = writer;
    this.props = props;
  }

  /**
   * How the conversation went, for the person taking over: the dialogue's last saved texts and
   * this step's, the last {@value DialogueState#RECENT}.
   */
  private List<Said> history(String channel, String senderKey, DialogueState next, Instant now) {
    List<Said> all = new ArrayList<>(dialogues.recent(channel, senderKey, now));
    all.addAll(next.said());
    return all.subList(Math.max(0, all.size() - DialogueState.RECENT), all.size());
  }

  /** The sender's open handover, if any, as looked up for one step. */
  public static final class Lookup {

    /** No open handover. */
    public static final Lookup NONE = new Lookup(Optional.empty());

    private final Optional<Open> open;

    private Lookup(Optional<Open> open) {
      this.open = open;
    }

    /** True when the sender had no open handover (waiting or with a person) at this step. */
    public boolean none() {
      return open.isEmpty();
    }

    /** True when a person has the conversation at this step. */
    public boolean withPerson() {
      return open.filter(o -> HandoverStore.HANDED_OVER.equals(o.state())).isPresent();
    }
  }

  /**
   * Queues the look-up of the senders' open handovers so that it travels with the step's first
   * round trip (the contact locks) instead of costing one of its own: every message asks. A
   * sender without an open handover has no entry ({@link Lookup#NONE}).
   */
  public Supplier<Map<Sender, Lookup>> lookup(List<Sender> senders) {
    return pipeline.queueMap(
        "SELECT h.channel, h.sender_key, h.id, h.state = 'handed_over' AS handed_over"
            + " FROM handover h JOIN unnest(?::text[], ?::text[]) AS x (ch, k)"
            + " ON h.channel = x.ch AND h.sender_key = x.k WHERE h.state <> 'closed'",
        (rs, i) -> Map.entry(new Sender(rs.getString(1), rs.getString(2)), new Lookup(Optional.of(
            new Open(rs.getLong(3),
                rs.getBoolean(4) ? HandoverStore.HANDED_OVER : HandoverStore.WAITING)))),
        SqlArray.of("text", senders.stream().map(Sender::channel).toList()),
        SqlArray.of("text", senders.stream().map(Sender::key).toList()));
  }

  /**
   * True when a person has this conversation and the message is no keyword: the text joins the
   * handover's exchange and the bot says nothing. {@code command}: the intent came from a
   * whole-message rule, not from the model.
   */
  public boolean holds(InboundMessage m, Intent intent, boolean command, Lookup handover,
      Instant now) {
    if (ALWAYS.contains(intent) || command && KEYWORDS.contains(intent)) {
      return false;
    }
    Optional<Open> open = handover.open;
    if (open.isEmpty() || !HandoverStore.HANDED_OVER.equals(open.get().state())) {
      return false;
    }
    store.append(open.get().id(),
        List.of(new Said("in", m.text().isBlank() ? "📍" : Said.storable(m.text()))), null,
        m.replyTo(), now);
    log.debug("handover={} message kept for a person, bot quiet", open.get().id());
    return true;
  }

  /**
   * After the bot answered: remembers the exchange in the dialogue, then opens, follows, closes
   * (STOP, back to the bot) or deletes (forget) the sender's handover. Returns the new state.
   */
  public DialogueState follow(InboundMessage m, Lookup handover, Intent intent,
      Obstacle obstacle, ReplyVariant variant, DialogueState state, List<Reply> replies,
      Instant now) {
    List<String> said = replies.stream().map(Reply::text).filter(t -> !t.isBlank()).toList();
    DialogueState next = state.remembering(m.text(), said);
    String ch = m.channel().code();
    if (intent == Intent.FORGET) {
      store.forget(ch, m.senderKey());
      return next;
    }
    Optional<Open> open = handover.open;
    if (open.isPresent()) {
      long id = open.get().id();
      List<Said> exchange = new ArrayList<>();
      if (!m.text().isBlank()) {
        exchange.add(new Said("in", Said.storable(m.text())));
      }
      said.forEach(t -> exchange.add(new Said("bot", Said.storable(t))));
      store.append(id, exchange, null, m.text().isBlank() ? null : m.replyTo(), now);
      if (intent == Intent.STOP || intent == Intent.BOT) {
        store.close(id, null, now);
        log.info("handover={} closed by the family ({})", id, intent.code());
      } else if (intent == Intent.HUMAN) {
        store.handOver(id);
      }
      return next;
    }
    String reason = intent == Intent.HUMAN ? "human" : intent == Intent.OBSTACLE ? "obstacle"
        : intent == Intent.UNKNOWN && next.misunderstood() == props.misunderstood()
            ? "not_understood" : null;
    if (reason != null && m.fromFamily()) {
      String to = intent == Intent.HUMAN ? HandoverStore.HANDED_OVER : HandoverStore.WAITING;
      String category = intent != Intent.OBSTACLE ? null
          : (obstacle == null ? Obstacle.OTHER : obstacle).code();
      store.insert(ch, m.senderKey(), m.replyTo(), variant.tag(), reason, category, to, now)
          .ifPresent(id -> {
            store.append(id, history(ch, m.senderKey(), next, now), null, null, now);
            log.info("handover={} opened channel={} reason={} state={}", id, ch, reason, to);
          });
    }
    return next;
  }

  /**
   * Retention: closes handovers with no message since {@code before} (forgetting the address),
   * and deletes those closed before it with their exchange. Returns the handovers deleted.
   */
  public int purge(Instant before, Instant now) {
    return store.purge(before, now);
  }

  /**
   * The reply to a family asking for a person: when the team answers, and how to come back (the
   * BOT keyword, or on Telegram the {@code /bot} command: {@code human.ack*.telegram}).
   */
  public Reply ack(Channel channel, ReplyVariant v) {
    if (props.hours().isBlank()) {
      return writer.sayOn(channel, v, "human.ack");
    }
    Matcher m = DAY.matcher(props.hours());
    StringBuilder hours = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(hours, Matcher.quoteReplacement(writer.text(v, "day." + m.group(1))));
    }
    m.appendTail(hours);
    return writer.sayOn(channel, v, "human.ack.hours", "hours", hours.toString());
  }
}
