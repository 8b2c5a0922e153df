package ma.hadana.bot.referral;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.Obstacle;
import ma.hadana.bot.conversation.reply.ReplyVariant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code referral} and {@code referral_status} tables. */
@Repository
class ReferralStore {

  private static final String OPEN = "('sent', 'contacted', 'waitlisted')";
  private static final String COLUMNS = "id, code, creche_id, created_by, channel,"
      + " address IS NOT NULL AS holds_address, linked_at IS NOT NULL AS linked, language,"
      + " child_age_months, needs, needs_note, status, obstacle_category, created_at, updated_at";

  private final JdbcClient jdbc;

  ReferralStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts a referral; empty when the code is taken (draw another). */
  Optional<Long> insert(String code, NewReferral r, String senderKey, Instant now) {
    String[] needs = r.needs().stream().map(Need::code).sorted().toArray(String[]::new);
    return jdbc.sql("INSERT INTO referral (code, creche_id, created_by, channel, address,"
            + " sender_key, language, child_age_months, needs, needs_note, status, created_at,"
            + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, 'sent', ?, ?)"
            + " ON CONFLICT (code) DO NOTHING RETURNING id")
        .params(code, r.crecheId(), r.createdBy(), r.channel() == null ? null : r.channel().code(),
            r.address(), senderKey, r.variant().tag(), r.childAgeMonths(),
            "{" + String.join(",", needs) + "}", r.note(), Timestamp.from(now),
            Timestamp.from(now))
        .query(Long.class)
        .optional();
  }

  /** Appends a status to the history; {@code by} null when the family caused it. */
  void history(long id, ReferralStatus status, Obstacle obstacle, Long by, Instant now) {
    jdbc.sql("INSERT INTO referral_status (referral_id, status, obstacle_category, at, by_user)"
            + " VALUES (?, ?, ?, ?, ?)")
        .params(id, status.code(), obstacle == null ? null : obstacle.code(), Timestamp.from(now),
            by)
        .update();
  }

  Optional<Referral> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM referral WHERE id = ?").param(id)
        .query((rs, n) -> referral(rs)).optional();
  }

  /** The open referral with this code, locked until the transaction ends. */
  Optional<Referral> lockOpen(String code) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM referral WHERE code = ? AND status IN " + OPEN
            + " FOR UPDATE")
        .param(code).query((rs, n) -> referral(rs)).optional();
  }

  /** Sets the status; a finished referral drops the family's address. False when no such id. */
  boolean status(long id, ReferralStatus status, Obstacle obstacle, Instant now) {
    return jdbc.sql("UPDATE referral SET status = ?, obstacle_category = ?, updated_at = ?,"
            + " address = CASE WHEN ? THEN address END WHERE id = ?")
        .params(status.code(), obstacle == null ? null : obstacle.code(), Timestamp.from(now),
            status.open(), id)
        .update() == 1;
  }

  /**
   * Links the referral to the family's contact on a channel; the address the worker entered
   * stays only when it is the same contact.
   */
  void link(long id, Channel channel, String senderKey, ReferralStatus status, Instant now) {
    jdbc.sql("UPDATE referral SET address = CASE WHEN sender_key = ? THEN address END,"
            + " channel = ?, sender_key = ?, status = ?, linked_at = ?, updated_at = ?"
            + " WHERE id = ?")
        .params(senderKey, channel.code(), senderKey, status.code(), Timestamp.from(now),
            Timestamp.from(now), id)
        .update();
  }

  /** Clears the family's address and key from every referral of this sender. */
  int forget(String senderKey) {
    return jdbc.sql("UPDATE referral SET address = NULL, sender_key = NULL WHERE sender_key = ?")
        .param(senderKey).update();
  }

  /** Clears addresses of referrals created before {@code before} or finished. */
  int purgeAddresses(Instant before) {
    return jdbc.sql("UPDATE referral SET address = NULL WHERE address IS NOT NULL"
            + " AND (created_at < ? OR status NOT IN " + OPEN + ")")
        .param(Timestamp.from(before)).update();
  }

  private static Referral referral(ResultSet rs) throws SQLException {
    String channel = rs.getString("channel");
    String obstacle = rs.getString("obstacle_category");
    return new Referral(rs.getLong("id"), rs.getString("code"), rs.getString("creche_id"),
        rs.getLong("created_by"), channel == null ? null : Channel.valueOf(channel.toUpperCase(Locale.ROOT)),
        rs.getBoolean("holds_address"), rs.getBoolean("linked"),
        ReplyVariant.fromTag(rs.getString("language")),
        (Integer) rs.getObject("child_age_months"), needs(rs.getArray("needs")),
        rs.getString("needs_note"), ReferralStatus.fromCode(rs.getString("status")),
        obstacle == null ? null : Obstacle.valueOf(obstacle.toUpperCase(Locale.ROOT)),
        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
  }

  private static Set<Need> needs(Array array) throws SQLException {
    Set<Need> out = EnumSet.noneOf(Need.class);
    if (array != null) {
      for (Object o : (Object[]) array.getArray()) {
        Need n = Need.fromCode(String.valueOf(o));
        if (n != null) {
          out.add(n);
        }
      }
    }
    return out;
  }
}
