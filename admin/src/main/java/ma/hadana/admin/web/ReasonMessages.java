package ma.hadana.admin.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts the registry's validation reasons (English, docs/registry-format.md) into the console's
 * language: each known reason shape maps to a message key, its variable parts become the
 * arguments. An unknown reason is shown as the registry wrote it.
 */
@Component
public class ReasonMessages {

  private record Rule(Pattern pattern, String key) {}

  private static final Pattern LOCATED =
      Pattern.compile("line (\\d+)(?:, column ([a-z_]+))?: (.*)", Pattern.DOTALL);

  private static final Pattern FEATURE =
      Pattern.compile("feature (\\d+)(?:, property ([^:]+))?: (.*)", Pattern.DOTALL);

  private static final List<Rule> RULES = List.of(
      rule("is required", "reason.required"),
      rule("must be capital letters and digits in groups joined by hyphens.*", "reason.id"),
      rule("must be a whole number", "reason.integer"),
      rule("must be (-?\\d+) or more", "reason.min"),
      rule("must be between (-?[\\d.]+) and (-?[\\d.]+)", "reason.between"),
      rule("must be a decimal number with a point.*", "reason.decimal"),
      rule("must be true or false", "reason.bool"),
      rule("must be one of (.*)", "reason.oneOf"),
      rule("item (\\d+) is empty", "reason.itemEmpty"),
      rule("item (\\d+) is not one of (.*)", "reason.itemOneOf"),
      rule("item (\\d+) repeats an earlier item", "reason.itemRepeated"),
      rule("must be a date written YYYY-MM-DD", "reason.date"),
      rule("is in the future \\(today is (.*)\\)", "reason.future"),
      rule("outside Morocco: must be between (\\S+) and (\\S+) \\(lat and lon look swapped\\)",
          "reason.latSwapped"),
      rule("outside Morocco: must be between (\\S+) and (\\S+)", "reason.lat"),
      rule("outside Morocco at this latitude", "reason.lon"),
      rule("must be in E.164 form.*", "reason.phone"),
      rule("a Moroccan number has 9 digits after \\+212", "reason.phoneMorocco"),
      rule("must not be below age_min_months", "reason.ageOrder"),
      rule("must not exceed capacity", "reason.places"),
      rule("not valid opening_hours syntax: (.*)", "reason.hours"),
      rule("none cannot be combined with documents", "reason.documentsNone"),
      rule("duplicate id, first used on line (\\d+)", "reason.duplicateId"),
      rule("unknown column", "reason.unknownColumn"),
      rule("missing column", "reason.missingColumn"),
      rule("column appears twice", "reason.columnTwice"),
      rule("(\\d+) fields where the header has (\\d+)", "reason.fieldCount"),
      rule("the file is empty: no header", "reason.emptyFile"),
      rule("the listing was changed by someone else during the import.*", "reason.raced"),
      rule("must be empty for this need", "reason.emptyForNeed"),
      rule("must be empty when value is false", "reason.placesWhenNo"),
      rule("must be at most (\\d+) characters", "reason.tooLong"),
      rule("no listing has this id", "reason.unknownListing"),
      rule("this listing's need is already on line (\\d+)", "reason.duplicateNeed"),
      rule("duplicate id, first used on feature (\\d+)", "reason.duplicateIdFeature"),
      rule("unknown property", "reason.unknownProperty"),
      rule("not valid JSON", "reason.json"),
      rule("not a GeoJSON FeatureCollection.*", "reason.notCollection"),
      rule("not a GeoJSON Feature", "reason.notFeature"),
      rule("geometry must be a Point.*", "reason.geometry"),
      rule("properties must be an object", "reason.properties"),
      rule("must be text, a number, true or false", "reason.propertyValue"));

  private final MessageSource messages;

  ReasonMessages(MessageSource messages) {
    this.messages = messages;
  }

  private static Rule rule(String regex, String key) {
    return new Rule(Pattern.compile(regex, Pattern.DOTALL), key);
  }

  /** One reason of a listing field, in this language. */
  public String reason(String reason, Locale locale) {
    for (Rule r : RULES) {
      Matcher m = r.pattern().matcher(reason);
      if (m.matches()) {
        Object[] args = new Object[m.groupCount()];
        for (int i = 0; i < args.length; i++) {
          args[i] = m.group(i + 1);
        }
        return messages.getMessage(r.key(), args, reason, locale);
      }
    }
    return reason;
  }

  /**
   * An import error ({@code line N, column C: reason}, or {@code feature N, property P: reason}
   * for GeoJSON) in this language.
   */
  public String located(String error, Locale locale) {
    Matcher f = FEATURE.matcher(error);
    if (f.matches()) {
      String reason = reason(f.group(3), locale);
      return f.group(2) == null
          ? messages.getMessage("reason.atFeature", new Object[] {f.group(1), reason}, locale)
          : messages.getMessage("reason.atProperty",
              new Object[] {f.group(1), f.group(2), reason}, locale);
    }
    Matcher m = LOCATED.matcher(error);
    if (!m.matches()) {
      return error;
    }
    String reason = reason(m.group(3), locale);
    return m.group(2) == null
        ? messages.getMessage("reason.atLine", new Object[] {m.group(1), reason}, locale)
        : messages.getMessage("reason.atColumn",
            new Object[] {m.group(1), m.group(2), reason}, locale);
  }
}
