package ma.hadana.bot.conversation.reply;

import static org.assertj.core.api.Assertions.assertThat;

import ma.hadana.bot.conversation.reply.SmsEncoding.Encoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmsEncodingTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Crèche à Maârif, ça coûte 0 DH «gratuit»|Crèche à Maarif, ca coute 0 DH \"gratuit\"",
        "L’œuvre… être|L'oeuvre... etre",
        "été où|été où",
        "روض الأمل|روض الأمل",
      })
  void foldsFrenchTypographyToGsmAndLeavesArabicAlone(String in, String out) {
    assertThat(SmsEncoding.foldToGsm(in)).isEqualTo(out);
  }

  @Test
  void latinTextFoldedIsGsm7AndArabicIsUcs2() {
    assertThat(SmsEncoding.encodingOf(SmsEncoding.foldToGsm("Crèche ouverte à Témara, fenêtre"))).isEqualTo(Encoding.GSM_7);
    assertThat(SmsEncoding.encodingOf("Crèche ouverte, fenêtre")).isEqualTo(Encoding.UCS_2);
    assertThat(SmsEncoding.encodingOf("حضانة")).isEqualTo(Encoding.UCS_2);
  }

  @Test
  void segmentsFollowTheConcatenationLimits() {
    assertThat(SmsEncoding.segments("")).isZero();
    assertThat(SmsEncoding.segments("a".repeat(160))).isEqualTo(1);
    assertThat(SmsEncoding.segments("a".repeat(161))).isEqualTo(2);
    assertThat(SmsEncoding.segments("a".repeat(306))).isEqualTo(2);
    assertThat(SmsEncoding.segments("a".repeat(307))).isEqualTo(3);
    assertThat(SmsEncoding.segments("€".repeat(80))).isEqualTo(1); // 160 septets
    assertThat(SmsEncoding.segments("€".repeat(81))).isEqualTo(2);
    assertThat(SmsEncoding.segments("ح".repeat(70))).isEqualTo(1);
    assertThat(SmsEncoding.segments("ح".repeat(71))).isEqualTo(2);
    assertThat(SmsEncoding.segments("ح".repeat(201))).isEqualTo(3);
    assertThat(SmsEncoding.segments("ح".repeat(202))).isEqualTo(4);
  }
}
