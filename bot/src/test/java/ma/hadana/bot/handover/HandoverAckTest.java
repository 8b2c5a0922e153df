package ma.hadana.bot.handover;

import static org.assertj.core.api.Assertions.assertThat;

import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.reply.ReplyCatalog;
import ma.hadana.bot.conversation.reply.ReplyVariant;
import ma.hadana.bot.conversation.reply.ReplyWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The line a family gets when it asks for a person: the team's hours in its language, and how to
 * come back: the BOT keyword by SMS and WhatsApp, the {@code /bot} command on Telegram.
 */
class HandoverAckTest {

  private static final ReplyWriter WRITER = new ReplyWriter(new ReplyCatalog());

  private static Handovers handovers(String hours) {
    return new Handovers(null, WRITER, new HandoverProperties(hours, 3), null, null);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      FR       | (Lu-Ve 09:00-17:00) | BOT
      EN       | (Mo-Fr 09:00-17:00) | BOT
      AR       | (الإثنين-الجمعة 09:00-17:00) | روبوت
      ARY      | (لاثنين-الجمعة 09:00-17:00) | روبوت
      ARY_LATN | (Tnin-Jem3a 09:00-17:00) | BOT
      """)
  void tellsTheTeamsHoursWithDayNamesInTheFamilysLanguage(ReplyVariant v, String hours,
      String back) {
    String text = handovers("Mo-Fr 09:00-17:00").ack(Channel.SMS, v).text();
    assertThat(text).contains(hours).contains(back);
  }

  @ParameterizedTest
  @EnumSource(ReplyVariant.class)
  void promisesNoHoursWhenNoneAreConfigured(ReplyVariant v) {
    String text = handovers("").ack(Channel.SMS, v).text();
    assertThat(text).doesNotContain("09:00").doesNotContain("{hours}");
  }

  @ParameterizedTest
  @EnumSource(ReplyVariant.class)
  void namesTheBotCommandOnTelegramAndTheWordElsewhere(ReplyVariant v) {
    for (String hours : new String[] {"", "Mo-Fr 09:00-17:00"}) {
      String telegram = handovers(hours).ack(Channel.TELEGRAM, v).text();
      assertThat(telegram).as("%s %s", v.tag(), hours).contains("/bot")
          .doesNotContain("BOT").doesNotContain("روبوت ");
      for (Channel keyword : new Channel[] {Channel.SMS, Channel.WHATSAPP}) {
        String text = handovers(hours).ack(keyword, v).text();
        assertThat(text).as("%s %s %s", keyword, v.tag(), hours).doesNotContain("/bot")
            .containsAnyOf("BOT", "روبوت ");
      }
    }
    assertThat(handovers("Mo-Fr 09:00-17:00").ack(Channel.TELEGRAM, v).text()).contains("09:00");
  }
}
