package ma.hadana.admin.referral;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A family's mobile number as typed by a worker, in E.164: Moroccan mobiles written 06/07...,
 * +212 6/7..., 00212..., 212... or +212 06...; foreign numbers only in full international form
 * (+ or 00 then the country code). Spaces, dots, dashes and brackets are ignored.
 */
final class PhoneNumbers {

  private static final Pattern MOROCCAN = Pattern.compile("(?:\\+212|00212|212)?0?([67]\\d{8})");
  private static final Pattern FOREIGN = Pattern.compile("(?:\\+|00)([1-9]\\d{7,14})");

  private PhoneNumbers() {}

  /** The number in E.164, or empty when it is no mobile number. */
  static Optional<String> normalise(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String s = typed.strip().replaceAll("[\\s.\\-()/\u00a0]", "");
    Matcher m = MOROCCAN.matcher(s);
    if (m.matches() && (s.startsWith("0") || s.startsWith("+212") || s.startsWith("00212")
        || s.startsWith("212"))) {
      return Optional.of("+212" + m.group(1));
    }
    Matcher f = FOREIGN.matcher(s);
    if (f.matches() && !f.group(1).startsWith("212")) {
      return Optional.of("+" + f.group(1));
    }
    return Optional.empty();
  }
}
