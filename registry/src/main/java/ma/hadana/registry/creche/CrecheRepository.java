package ma.hadana.registry.creche;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import ma.hadana.registry.text.Fold;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain-SQL access to the {@code creche} table. Callers own the transaction. */
@Repository
public class CrecheRepository {

  static final String COLUMNS =
      "id, name, name_ar, type, operator, region, province, commune, arrondissement,"
          + " neighbourhood, address, lat, lon, phone, age_min_months, age_max_months, capacity,"
          + " places_available, monthly_fee_mad, opening_hours, languages, meals,"
          + " accepts_undocumented, documents_required, special_needs, last_verified, status, notes,"
          + " version, created_at, updated_at";

  private static final RowMapper<StoredCreche> MAPPER = CrecheRepository::map;

  private final JdbcClient jdbc;

  public CrecheRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One listing, whatever its status. */
  public Optional<StoredCreche> findById(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM creche WHERE id = ?").param(id).query(MAPPER).optional();
  }

  /** The listings with these ids that exist. */
  public List<StoredCreche> findByIds(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT " + COLUMNS + " FROM creche WHERE id = ANY(?)")
        .param(ids.toArray(String[]::new))
        .query(MAPPER)
        .list();
  }

  /**
   * Ids of listings, whatever their status, whose id, name (French or Arabic), commune or
   * arrondissement contains the text once both are folded ({@link Fold}: case, accents, Arabic
   * diacritics, hamza and ta marbuta forms), so that a search matches however the name was typed.
   * Folds every row in Java: fine for a national registry of a few thousand listings.
   */
  public List<String> idsMatching(String text) {
    String wanted = Fold.fold(text);
    return jdbc.sql("SELECT id, name, name_ar, commune, arrondissement FROM creche")
        .query((rs, n) -> {
          for (int i = 1; i <= 5; i++) {
            if (Fold.fold(rs.getString(i)).contains(wanted)) {
              return rs.getString(1);
            }
          }
          return null;
        })
        .list().stream().filter(Objects::nonNull).toList();
  }

  /** Every listing, ordered by id. */
  public List<StoredCreche> findAll() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM creche ORDER BY id").query(MAPPER).list();
  }

  /** One page of listings ordered by id, whatever their status. */
  public List<StoredCreche> findPage(int offset, int limit) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM creche ORDER BY id LIMIT ? OFFSET ?")
        .params(limit, offset)
        .query(MAPPER)
        .list();
  }

  /** Number of listings, whatever their status. */
  public long count() {
    return jdbc.sql("SELECT count(*) FROM creche").query(Long.class).single();
  }

  /** Inserts a new listing at version 0. */
  public void insert(Creche c) {
    jdbc.sql("INSERT INTO creche (" + COLUMNS.replace(", version, created_at, updated_at", "")
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?,"
            + " ?, ?::text[], ?, ?, ?, ?)")
        .params(values(c))
        .update();
  }

  /**
   * Updates a listing if it is still at {@code expectedVersion}; returns false when someone else
   * saved first (optimistic locking) or the listing is gone.
   */
  public boolean update(Creche c, long expectedVersion) {
    List<Object> params = new java.util.ArrayList<>(values(c).subList(1, 28));
    params.add(c.id());
    params.add(expectedVersion);
    int n =
        jdbc.sql(
                "UPDATE creche SET name = ?, name_ar = ?, type = ?, operator = ?, region = ?,"
                    + " province = ?, commune = ?, arrondissement = ?, neighbourhood = ?,"
                    + " address = ?, lat = ?, lon = ?, phone = ?, age_min_months = ?,"
                    + " age_max_months = ?, capacity = ?, places_available = ?,"
                    + " monthly_fee_mad = ?, opening_hours = ?, languages = ?::text[], meals = ?,"
                    + " accepts_undocumented = ?, documents_required = ?::text[],"
                    + " special_needs = ?, last_verified = ?, status = ?, notes = ?,"
                    + " version = version + 1, updated_at = now()"
                    + " WHERE id = ? AND version = ?")
            .params(params)
            .update();
    return n == 1;
  }

  private static List<Object> values(Creche c) {
    return Arrays.asList(
        c.id(), c.name(), c.nameAr(), c.type().code(), c.operator(), c.region(), c.province(),
        c.commune(), c.arrondissement(), c.neighbourhood(), c.address(), c.lat(), c.lon(),
        c.phone(), c.ageMinMonths(), c.ageMaxMonths(), c.capacity(), c.placesAvailable(),
        c.monthlyFeeMad(), c.openingHours(), pgArray(c.languages()), c.meals(),
        c.acceptsUndocumented().code(), pgArray(c.documentsRequired()), c.specialNeeds(),
        c.lastVerified() == null ? null : Date.valueOf(c.lastVerified()), c.status().code(),
        c.notes());
  }

  /** A text[] literal; values are validated codes (no quotes or braces), quoted anyway. */
  private static String pgArray(List<String> values) {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
    return sb.append('}').toString();
  }

  private static StoredCreche map(ResultSet rs, int row) throws SQLException {
    Date verified = rs.getDate("last_verified");
    Creche c =
        new Creche(
            rs.getString("id"), rs.getString("name"), rs.getString("name_ar"),
            CrecheType.fromCode(rs.getString("type")), rs.getString("operator"),
            rs.getString("region"), rs.getString("province"), rs.getString("commune"),
            rs.getString("arrondissement"), rs.getString("neighbourhood"),
            rs.getString("address"), rs.getDouble("lat"), rs.getDouble("lon"),
            rs.getString("phone"), rs.getInt("age_min_months"), rs.getInt("age_max_months"),
            (Integer) rs.getObject("capacity"), (Integer) rs.getObject("places_available"),
            (Integer) rs.getObject("monthly_fee_mad"), rs.getString("opening_hours"),
            strings(rs.getArray("languages")), (Boolean) rs.getObject("meals"),
            Undocumented.fromCode(rs.getString("accepts_undocumented")),
            strings(rs.getArray("documents_required")), (Boolean) rs.getObject("special_needs"),
            verified == null ? null : verified.toLocalDate(),
            CrecheStatus.fromCode(rs.getString("status")), rs.getString("notes"));
    return new StoredCreche(
        c,
        rs.getLong("version"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant());
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : List.of((String[]) array.getArray());
  }
}
