package ma.hadana.bot.conversation.reply;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.hadana.registry.creche.Creche;

/** Renders listing facts (fee, distance, ages, hours, papers) as short words of a variant. */
final class Formats {

  private static final Pattern DAY = Pattern.compile("\\b(Mo|Tu|We|Th|Fr|Sa|Su)\\b");
  private final ReplyCatalog catalog;

  Formats(ReplyCatalog catalog) {
    this.catalog = catalog;
  }

  String fee(ReplyVariant v, Creche c) {
    if (c.monthlyFeeMad() == null) {
      return catalog.text(v, "fee.unknown");
    }
    if (c.monthlyFeeMad() == 0) {
      return catalog.text(v, "fee.free");
    }
    return catalog.text(v, "fee.monthly", "amount", c.monthlyFeeMad());
  }

  String distance(ReplyVariant v, double meters) {
    if (meters < 1000) {
      long m = Math.max(50, Math.round(meters / 50.0) * 50);
      return catalog.text(v, "distance.m", "m", m);
    }
    // One decimal under 10 km ("2.4", "2,4" in French), whole kilometres above; by arithmetic,
    // not String.format, which parses its pattern for every listing of every page.
    long tenths = Math.round(meters / 100.0);
    String s = tenths < 100
        ? (tenths / 10) + (v == ReplyVariant.FR ? "," : ".") + (tenths % 10)
        : String.valueOf(Math.round(meters / 1000.0));
    return catalog.text(v, "distance.km", "km", s);
  }

  String age(ReplyVariant v, int months) {
    return months > 0 && months % 12 == 0
        ? catalog.text(v, "age.years." + pluralForm(months / 12), "n", months / 12)
        : catalog.text(v, "age.months." + pluralForm(months), "n", months);
  }

  /**
   * The bundle key suffix of a count: one (1), two (2), few (3-10), many (11-99) or other (0,
   * 100+), counted in hundreds like Arabic; each bundle says every form its own way.
   */
  static String pluralForm(int n) {
    int r = n % 100;
    if (n == 1) {
      return "one";
    } else if (n == 2) {
      return "two";
    } else if (r >= 3 && r <= 10) {
      return "few";
    }
    return r >= 11 ? "many" : "other";
  }

  String ages(ReplyVariant v, Creche c) {
    return catalog.text(v, "age.range", "from", age(v, c.ageMinMonths()), "to", age(v, c.ageMaxMonths()));
  }

  String hours(ReplyVariant v, Creche c) {
    String h = c.openingHours();
    if (h == null || h.isBlank()) {
      return catalog.text(v, "hours.unknown");
    }
    Matcher m = DAY.matcher(h.replace("off", catalog.text(v, "day.off")));
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(catalog.text(v, "day." + m.group(1))));
    }
    m.appendTail(out);
    return out.toString().replace("; ", ", ");
  }

  String documents(ReplyVariant v, Creche c) {
    List<String> docs = new ArrayList<>();
    for (String d : c.documentsRequired()) {
      if (!d.equals("none") && catalog.has(v, "doc." + d)) {
        docs.add(catalog.text(v, "doc." + d));
      }
    }
    return docs.isEmpty() ? catalog.text(v, "documents.none") : String.join(", ", docs);
  }

  String verified(Creche c) {
    return c.lastVerified() == null ? "-" : c.lastVerified().format(DateTimeFormatter.ISO_LOCAL_DATE);
  }

  String name(ReplyVariant v, Creche c) {
    return v.name(c.name(), c.nameAr());
  }
}
