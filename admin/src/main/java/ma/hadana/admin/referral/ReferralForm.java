package ma.hadana.admin.referral;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.reply.ReplyVariant;
import ma.hadana.bot.referral.Need;
import org.springframework.util.MultiValueMap;

/**
 * The referral form as submitted: the search (place, age, needs), the listing chosen, how to reach
 * the family (sms, whatsapp with a phone number, or telegram: a link to give), the family's
 * language and a short note. {@link #problems()} names each field in error with a message key.
 */
record ReferralForm(String place, String crecheId, String contact, String phone, String language,
    String age, Set<Need> needs, String note) {

  static final List<String> CONTACTS = List.of("sms", "whatsapp", "telegram");
  static final List<String> LANGUAGES = List.of("fr", "ar", "ary", "ary-Latn", "en");
  static final int NOTE_MAX = 200;

  ReferralForm {
    needs = needs == null || needs.isEmpty() ? EnumSet.noneOf(Need.class) : EnumSet.copyOf(needs);
  }

  static ReferralForm from(MultiValueMap<String, String> p) {
    Set<Need> needs = EnumSet.noneOf(Need.class);
    for (String n : p.getOrDefault("needs", List.of())) {
      Need need = Need.fromCode(n);
      if (need != null) {
        needs.add(need);
      }
    }
    return new ReferralForm(trim(p.getFirst("place")), trim(p.getFirst("crecheId")),
        trim(p.getFirst("contact")), trim(p.getFirst("phone")), trim(p.getFirst("language")),
        trim(p.getFirst("age")), needs, trim(p.getFirst("note")));
  }

  /** The field → message key of every problem; empty when the form can be sent. */
  Map<String, String> problems() {
    Map<String, String> out = new LinkedHashMap<>();
    if (crecheId == null) {
      out.put("crecheId", "referrals.error.creche");
    }
    if (!CONTACTS.contains(contact)) {
      out.put("contact", "referrals.error.contact");
    } else if (!contact.equals("telegram") && phoneE164().isEmpty()) {
      out.put("phone", phone == null ? "referrals.error.phoneMissing" : "referrals.error.phone");
    }
    if (!LANGUAGES.contains(language)) {
      out.put("language", "referrals.error.language");
    }
    if (age != null && ageMonths() == null) {
      out.put("age", "referrals.error.age");
    }
    if (note != null && note.length() > NOTE_MAX) {
      out.put("note", "referrals.error.note");
    }
    return out;
  }

  /** The channel to message the family on now; null for a Telegram link. */
  Channel channel() {
    return "sms".equals(contact) ? Channel.SMS : "whatsapp".equals(contact) ? Channel.WHATSAPP
        : null;
  }

  Optional<String> phoneE164() {
    return PhoneNumbers.normalise(phone);
  }

  ReplyVariant variant() {
    return ReplyVariant.fromTag(language);
  }

  /** The child's age in months (0-120), or null when empty or not a number in range. */
  Integer ageMonths() {
    if (age == null) {
      return null;
    }
    try {
      int a = Integer.parseInt(age);
      return a >= 0 && a <= 120 ? a : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** True when the form ticks this need (for the templates). */
  public boolean has(Need n) {
    return needs.contains(n);
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
