package ma.hadana.registry.needs;

import java.util.Arrays;
import java.util.List;

/** One need the crèche survey records about a listing (docs/registry-format.md, needs CSV). */
public enum Need {
  TRAINED_STAFF("trained_staff", Kind.YES_NO),
  STAFF_LANGUAGES("staff_languages", Kind.LANGUAGES),
  TEACHING_MATERIALS("teaching_materials", Kind.YES_NO),
  MORE_PLACES("more_places", Kind.YES_NO_PLACES),
  FEE_SUPPORT("fee_support", Kind.YES_NO),
  ACCESSIBILITY("accessibility", Kind.YES_NO),
  OTHER("other", Kind.TEXT);

  /** What the answer to a need is made of. */
  public enum Kind {
    /** {@code value} true or false, an optional note. */
    YES_NO,
    /** {@code value} true or false, {@code places} how many when true, an optional note. */
    YES_NO_PLACES,
    /** {@code value} a |-separated list of language codes, an optional note. */
    LANGUAGES,
    /** No value: the note is the answer. */
    TEXT
  }

  /** Every code, in the order of the survey. */
  public static final List<String> CODES = Arrays.stream(values()).map(Need::code).toList();

  private final String code;
  private final Kind kind;

  Need(String code, Kind kind) {
    this.code = code;
    this.kind = kind;
  }

  public String code() {
    return code;
  }

  public Kind kind() {
    return kind;
  }

  /** The need with this code, or null. */
  public static Need fromCode(String code) {
    for (Need n : values()) {
      if (n.code.equals(code)) {
        return n;
      }
    }
    return null;
  }
}
