package ma.hadana.bot.referral;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.InboundMessage;
import ma.hadana.bot.conversation.Interpretation;
import ma.hadana.bot.conversation.Reply;
import ma.hadana.bot.conversation.Turn;
import ma.hadana.bot.conversation.dialogue.ContactStore;
import ma.hadana.bot.conversation.reply.ReplyVariant;
import ma.hadana.registry.creche.CrecheRepository;
import ma.hadana.registry.creche.StoredCreche;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The bot's side of referrals: a family that writes its code alone (texted, or Telegram
 * {@code /start CODE}) is linked to its referral and gets the crèche's details in the
 * referral's language; forgetting a family clears its referrals' contact fields.
 */
@Service
public class ReferralLinks {

  private static final Logger log = LoggerFactory.getLogger(ReferralLinks.class);
  /** The intent a linking message is reported as. */
  public static final String INTENT = "referral";

  private final ReferralStore store;
  private final ReferralMessage message;
  private final CrecheRepository creches;

  private final ContactStore contacts;

  ReferralLinks(ReferralStore store, ReferralMessage message, CrecheRepository creches,
      ContactStore contacts) {
    this.contacts = contacts;
    this.store = store;
    this.message = message;
    this.creches = creches;
  }

  /**
   * Answers a message that is a referral code alone, in the caller's transaction: links the open
   * referral with that code to the sender (sent becomes contacted) and answers with the crèche's
   * details in the referral's language. A code matching no open referral is answered so, in the
   * language the sender used before ({@code known}, null for a newcomer: then in French, Arabic
   * and English, since a code says nothing of its writer's language). Empty for any other
   * message: the core reads it as usual.
   */
  public Optional<Turn> answer(InboundMessage m, ReplyVariant known, boolean firstContact,
      Instant now) {
    Optional<String> code = ReferralCode.in(m.text());
    if (code.isEmpty()) {
      return Optional.empty();
    }
    Channel ch = m.channel();
    Optional<Referral> found = store.lockOpen(code.get());
    Optional<StoredCreche> creche = found.flatMap(r -> creches.findById(r.crecheId()));
    List<Reply> replies = new ArrayList<>();
    ReplyVariant v = found.map(Referral::variant).orElse(known == null ? ReplyVariant.FR : known);
    if (firstContact) {
      replies.add(message.privacy(ch, v));
    }
    if (found.isEmpty() || creche.isEmpty()) {
      log.info("referral code matched no open referral channel={}", ch.code());
      replies.add(message.unknown(ch, v, known == null));
      return Optional.of(turn(replies, v, null));
    }
    Referral r = found.get();
    if (!m.fromFamily()) {
      // A worker trying a code in the simulator: show the crèche, leave the referral alone.
      log.info("referral id={} shown to a simulated sender, not linked", r.id());
      replies.add(message.linked(ch, v, creche.get().creche()));
      return Optional.of(turn(replies, v, r.childAgeMonths()));
    }
    ReferralStatus status = r.status() == ReferralStatus.SENT ? ReferralStatus.CONTACTED : r.status();
    store.link(r.id(), ch, m.senderKey(), status, now);
    if (status != r.status()) {
      store.history(r.id(), status, null, null, now);
    }
    contacts.suggestLanguage(ch.code(), m.senderKey(), v.tag());
    replies.add(message.linked(ch, v, creche.get().creche()));
    log.info("referral id={} linked channel={} status={}", r.id(), ch.code(), status.code());
    return Optional.of(turn(replies, v, r.childAgeMonths()));
  }

  /** Clears the address and sender key of every referral of this sender (right to be forgotten). */
  public int forget(Channel ch, String senderKey) {
    return store.forget(senderKey);
  }

  /** Clears the addresses of referrals created before {@code before} or already finished. */
  public int purgeAddresses(Instant before) {
    return store.purgeAddresses(before);
  }

  private static Turn turn(List<Reply> replies, ReplyVariant v, Integer age) {
    String language = v.tag().replace("-Latn", "");
    return new Turn(List.copyOf(replies), new Interpretation(language,
        v.latin() ? "latin" : "arabic", INTENT, null, List.of(), age, Map.of(), null));
  }
}
