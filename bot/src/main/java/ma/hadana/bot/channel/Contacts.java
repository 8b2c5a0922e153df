package ma.hadana.bot.channel;

import java.sql.Timestamp;
import java.time.Instant;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.privacy.SenderKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What channels know about a contact outside a conversation step: whether it opted out, opt-outs
 * a provider reports (Twilio 21610, Telegram bot blocked), and referral codes. Addresses are
 * turned into sender keys here and never stored.
 */
@Repository
public class Contacts {

  private final JdbcClient jdbc;
  private final SenderKeys keys;

  public Contacts(JdbcClient jdbc, SenderKeys keys) {
    this.jdbc = jdbc;
    this.keys = keys;
  }

  /** The stored key of a raw address on a channel (the one the conversation core uses). */
  public String keyOf(Channel channel, String address) {
    return keys.keyOf(channel.code(), address);
  }

  /** True when the contact at this address opted out (or a provider said it did). */
  public boolean optedOut(Channel channel, String address) {
    return jdbc.sql("SELECT opted_out FROM contact WHERE channel = ? AND sender_key = ?")
        .params(channel.code(), keyOf(channel, address))
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  /**
   * Opts the contact out because the provider reports it cannot or may not be messaged; creates
   * the contact if Hadana never heard from it. START from the person opts it back in.
   */
  public void providerOptOut(Channel channel, String address, Instant now) {
    Timestamp t = Timestamp.from(now);
    jdbc.sql(
            "INSERT INTO contact (channel, sender_key, opted_out, opted_out_at, first_seen, last_seen)"
                + " VALUES (?, ?, true, ?, ?, ?) ON CONFLICT (channel, sender_key) DO UPDATE"
                + " SET opted_out = true, opted_out_at = COALESCE(contact.opted_out_at, EXCLUDED.opted_out_at)")
        .params(channel.code(), keyOf(channel, address), t, t, t)
        .update();
  }

  /** Records the referral code a contact arrived with (the contact row must exist). */
  public void referred(Channel channel, String senderKey, String code, Instant now) {
    jdbc.sql("UPDATE contact SET referral_code = ?, referred_at = ? WHERE channel = ? AND sender_key = ?")
        .params(code, Timestamp.from(now), channel.code(), senderKey)
        .update();
  }
}
