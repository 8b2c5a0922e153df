package ma.hadana.bot.channel.telegram;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import ma.hadana.bot.channel.Contacts;
import ma.hadana.bot.channel.InboundReceipts;
import ma.hadana.bot.channel.outbox.OutboundPayload;
import ma.hadana.bot.channel.outbox.Outbox;
import ma.hadana.bot.channel.telegram.TelegramEvent.Blocked;
import ma.hadana.bot.channel.telegram.TelegramEvent.Command;
import ma.hadana.bot.channel.telegram.TelegramEvent.Ignored;
import ma.hadana.bot.channel.telegram.TelegramEvent.Pressed;
import ma.hadana.bot.channel.telegram.TelegramEvent.Said;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.InboundMessage;
import ma.hadana.bot.conversation.Intent;
import ma.hadana.bot.conversation.Turn;
import ma.hadana.bot.conversation.Understanding;
import ma.hadana.bot.conversation.Reply;
import ma.hadana.bot.conversation.dialogue.Conversation;
import ma.hadana.bot.referral.ReferralCode;
import ma.hadana.registry.geo.GeoPoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands Telegram updates to the core, from the webhook or from long polling alike. In one
 * transaction: the update's receipt (so a redelivery does nothing), the conversation step, the
 * referral code of {@code /start CODE}, and the replies queued in the outbox.
 */
@Service
class TelegramInbound {

  private static final Logger log = LoggerFactory.getLogger(TelegramInbound.class);
  static final String PROVIDER = "telegram";

  private final Conversation conversation;
  private final InboundReceipts receipts;
  private final Contacts contacts;
  private final Outbox outbox;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final String botId;

  TelegramInbound(Conversation conversation, InboundReceipts receipts, Contacts contacts,
      Outbox outbox, TransactionTemplate tx, Clock clock, TelegramProperties props) {
    this.conversation = conversation;
    this.receipts = receipts;
    this.contacts = contacts;
    this.outbox = outbox;
    this.tx = tx;
    this.clock = clock;
    this.botId = props.botId();
  }

  /** Handles one update; returns how many messages it queued (0 for a duplicate). */
  int handle(TelegramEvent e) {
    if (e instanceof Ignored i) {
      log.info("telegram update_id={} ignored: {}", i.updateId(), i.what());
      return 0;
    }
    // A text or a button's data is understood before the transaction takes a pooled
    // connection; a command's text depends on the contact (read in the transaction).
    Understanding early = e instanceof Said s && s.command() == null
        ? conversation.understand(s.text())
        : e instanceof Pressed p ? conversation.understand(p.data()) : null;
    Integer queued = tx.execute(status -> {
      Instant now = clock.instant();
      if (!receipts.first(PROVIDER, botId + ":" + e.updateId(), now)) {
        return -1;
      }
      if (e instanceof Blocked b) {
        contacts.providerOptOut(Channel.TELEGRAM, b.chatId(), now);
        return 0;
      }
      return e instanceof Pressed p ? pressed(p, early, now) : said((Said) e, early, now);
    });
    log.info("telegram update_id={} {}", e.updateId(), queued == null || queued < 0
        ? "duplicate" : e instanceof Blocked ? "bot blocked: contact opted out" : "queued=" + queued);
    return queued == null || queued < 0 ? 0 : queued;
  }

  private int pressed(Pressed p, Understanding early, Instant now) {
    int n = outbox.enqueue(Channel.TELEGRAM, p.chatId(),
        OutboundPayload.callbackAnswer(p.callbackQueryId()), key(p.updateId(), "answer")) ? 1 : 0;
    return n + step(p.updateId(), p.chatId(), p.data(), early, null, null, now);
  }

  private int said(Said s, Understanding early, Instant now) {
    String text = s.text();
    Understanding u = early;
    if (s.command() != null) {
      boolean optedOut = s.command() == Command.START && contacts.optedOut(Channel.TELEGRAM, s.chatId());
      // /start CODE of a referral link: the core reads the code alone and links the referral.
      boolean code = !optedOut && ReferralCode.in(s.startCode()).isPresent();
      text = code ? s.startCode() : TelegramCommands.text(s.command(), optedOut, s.languageCode());
      // The command's words are ours, in the user's Telegram language: the core must not read a
      // language into them (it keeps a known contact's language, else takes this one).
      u = code ? null : conversation.understand(text)
          .asCommand(TelegramCommands.wordsLanguage(s.languageCode()));
    }
    return step(s.updateId(), s.chatId(), text, u, s.location(), s.startCode(), now);
  }

  /** One conversation step; {@code early}: {@code text} already understood, or null. */
  private int step(long updateId, String chatId, String text, Understanding early,
      GeoPoint location, String code, Instant now) {
    String sender = contacts.keyOf(Channel.TELEGRAM, chatId);
    InboundMessage m = new InboundMessage(Channel.TELEGRAM, sender, text, location, now, chatId);
    Turn turn = early == null ? conversation.handle(m) : conversation.handle(m, early);
    List<Reply> replies = turn.replies();
    if (Intent.FORGET.code().equals(turn.interpretation().intent())) {
      outbox.forget(Channel.TELEGRAM, chatId); // then queue the confirmation, the last message
    }
    if (code != null) {
      contacts.referred(Channel.TELEGRAM, sender, code, now);
    }
    // The core answers an opted-out sender only to confirm its STOP: that reply must go out.
    boolean confirmsOptOut = !replies.isEmpty() && contacts.optedOut(Channel.TELEGRAM, chatId);
    int n = 0;
    for (int i = 0; i < replies.size(); i++) {
      String key = key(updateId, String.valueOf(i));
      n += confirmsOptOut
          ? outbox.enqueueOptOutConfirmation(Channel.TELEGRAM, chatId, replies.get(i), key)
          : outbox.enqueue(Channel.TELEGRAM, chatId, replies.get(i), key);
    }
    return n;
  }

  private String key(long updateId, String part) {
    return PROVIDER + ":" + botId + ":" + updateId + ":" + part;
  }
}
