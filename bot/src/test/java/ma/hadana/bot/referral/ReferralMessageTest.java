package ma.hadana.bot.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.Reply;
import ma.hadana.bot.conversation.reply.ReplyCatalog;
import ma.hadana.bot.conversation.reply.ReplyVariant;
import ma.hadana.bot.conversation.reply.ReplyWriter;
import ma.hadana.bot.conversation.reply.SmsEncoding;
import ma.hadana.registry.creche.Creche;
import ma.hadana.registry.creche.CrecheType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The family's message fits the SMS budget whatever the listing, by dropping details. */
class ReferralMessageTest {

  private static final String NUMBER = "+212522000111";
  private static final String CODE = "K7M2QX";
  private final ReplyWriter writer = new ReplyWriter(new ReplyCatalog());
  private final ReferralMessage message =
      new ReferralMessage(writer, new ReferralSmsProperties(""));
  private final ReferralMessage withNumber =
      new ReferralMessage(writer, new ReferralSmsProperties(NUMBER));

  /** A listing with every field long: the full details cannot fit one SMS budget. */
  private static final Creche WORDY = new Creche("TEST-9",
      "Crèche associative Les Petits Pas de l'Avenir du Quartier", "حضانة الخطوات الصغيرة للمستقبل",
      CrecheType.ASSOCIATIVE, null, "Casablanca-Settat", "Casablanca", "Casablanca", "Maârif", null,
      "Angle boulevard Abdelmoumen et rue Ibnou Mounir, immeuble 14, 3e étage, Maârif", 33.58,
      -7.63, "+212522123456", 6, 48, 30, 2, 1200,
      "Mo-Fr 07:30-12:00,14:00-18:30; Sa 08:00-13:00", List.of("fr", "ar"), true, null, List.of(),
      false, null, null, null);

  @ParameterizedTest
  @EnumSource(ReplyVariant.class)
  void anSmsReferralFitsTwoGsmOrThreeUcsSegmentsAndKeepsNameAndPhone(ReplyVariant v) {
    Reply r = message.sent(Channel.SMS, v, WORDY, CODE);
    int budget = SmsEncoding.encodingOf(r.text()) == SmsEncoding.Encoding.GSM_7 ? 2 : 3;
    assertThat(r.segments()).as(v.tag()).isLessThanOrEqualTo(budget);
    assertThat(SmsEncoding.encodingOf(r.text())).isEqualTo(v.latin()
        ? SmsEncoding.Encoding.GSM_7 : SmsEncoding.Encoding.UCS_2);
    assertThat(r.text()).contains("+212522123456").contains(v.latin()
        ? "Crèche associative Les Petits Pas" : "حضانة الخطوات الصغيرة");
    if (!v.latin()) {
      assertThat(r.text()).as("hours dropped to fit").doesNotContain("13:00");
    }
  }

  @ParameterizedTest
  @EnumSource(ReplyVariant.class)
  void onWhatsAppAndTelegramTheDetailsStayWhole(ReplyVariant v) {
    for (Channel ch : List.of(Channel.WHATSAPP, Channel.TELEGRAM)) {
      Reply r = message.linked(ch, v, WORDY);
      assertThat(r.text()).contains("Abdelmoumen").contains("08:00-13:00");
      assertThat(r.venue()).isNotNull();
    }
  }

  /** A listing with short fields: everything fits, hours included. */
  private static final Creche SHORT = new Creche("TEST-8", "Les Petits Anges",
      "الملائكة الصغار", CrecheType.ASSOCIATIVE, null, "Casablanca-Settat", "Casablanca",
      "Casablanca", "Maârif", null,
      "12 rue Ibnou Mounir", 33.58, -7.63, "+212522654321", 12, 36, 30, 2, 500,
      "Mo-Fr 08:00-17:00", List.of("fr", "ar"), true, null, List.of(), false, null, null, null);

  @ParameterizedTest
  @EnumSource(ReplyVariant.class)
  void withANumberAnSmsReferralSaysWhereToTextItsCodeWithinTheSameBudget(ReplyVariant v) {
    for (Creche c : List.of(WORDY, SHORT)) {
      Reply r = withNumber.sent(Channel.SMS, v, c, CODE);
      int budget = SmsEncoding.encodingOf(r.text()) == SmsEncoding.Encoding.GSM_7 ? 2 : 3;
      assertThat(r.segments()).as(v.tag()).isLessThanOrEqualTo(budget);
      assertThat(r.text()).as(v.tag()).contains(NUMBER).contains(CODE).contains(c.phone());
      assertThat(SmsEncoding.encodingOf(r.text())).isEqualTo(v.latin()
          ? SmsEncoding.Encoding.GSM_7 : SmsEncoding.Encoding.UCS_2);
    }
    assertThat(withNumber.sent(Channel.SMS, v, SHORT, CODE).text()).as(v.tag())
        .contains("12 rue Ibnou Mounir"); // a short listing keeps its address
    assertThat(message.sent(Channel.SMS, v, SHORT, CODE).text()).as(v.tag())
        .doesNotContain(CODE).doesNotContain(NUMBER);
  }

  @ParameterizedTest
  @EnumSource(ReplyVariant.class)
  void onWhatsAppTheNumberIsNotNamed(ReplyVariant v) {
    Reply r = withNumber.sent(Channel.WHATSAPP, v, WORDY, CODE);
    assertThat(r.text()).doesNotContain(NUMBER).doesNotContain(CODE).contains("Abdelmoumen");
  }

  @Test
  void onlyAnE164NumberIsNamed() {
    assertThat(new ReferralSmsProperties("+212 522-000 111").hasNumber()).isTrue();
    assertThat(new ReferralSmsProperties("+212 522-000 111").smsNumber()).isEqualTo(NUMBER);
    String messagingService = "MG0123456789abcdef0123456789abcdef";
    assertThat(new ReferralSmsProperties(messagingService).hasNumber()).isFalse();
    assertThat(new ReferralSmsProperties("Hadana").hasNumber()).isFalse();
    assertThat(new ReferralSmsProperties("0522000111").hasNumber()).isFalse();
    assertThat(new ReferralSmsProperties(null).hasNumber()).isFalse();
    ReferralMessage service =
        new ReferralMessage(writer, new ReferralSmsProperties(messagingService));
    assertThat(service.sent(Channel.SMS, ReplyVariant.FR, SHORT, CODE).text())
        .contains("Répondez ici").doesNotContain(CODE);
  }
}
