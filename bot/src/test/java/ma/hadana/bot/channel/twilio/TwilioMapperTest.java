package ma.hadana.bot.channel.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import ma.hadana.bot.channel.Fixtures;
import ma.hadana.bot.channel.twilio.TwilioMapper.TwilioMessage;
import ma.hadana.bot.conversation.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class TwilioMapperTest {

  static MultiValueMap<String, String> form(Map<String, String> params) {
    MultiValueMap<String, String> m = new LinkedMultiValueMap<>();
    params.forEach(m::add);
    return m;
  }

  static Stream<Arguments> messages() {
    return Stream.of(
        Arguments.of("twilio/sms-inbound.form", Channel.SMS, "+212612345678",
            "Bonjour, je cherche une crèche à Maarif pour mon fils de 2 ans", false),
        Arguments.of("twilio/sms-inbound-arabic.form", Channel.SMS, "+212698765432",
            "أبحث عن حضانة في المعاريف", false),
        Arguments.of("twilio/whatsapp-inbound.form", Channel.WHATSAPP, "+212612345678", "salam", false),
        Arguments.of("twilio/whatsapp-location.form", Channel.WHATSAPP, "+212612345678", "", true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("messages")
  void readsTwilioWebhooks(String fixture, Channel channel, String address, String text, boolean located) {
    TwilioMessage m = TwilioMapper.message(form(Fixtures.form(fixture))).orElseThrow();
    assertThat(m.channel()).isEqualTo(channel);
    assertThat(m.address()).isEqualTo(address);
    assertThat(m.text()).isEqualTo(text);
    assertThat(m.location() != null).isEqualTo(located);
    assertThat(m.messageSid()).startsWith("SM");
  }

  @Test
  void readsAWhatsappLocationAsCoordinates() {
    TwilioMessage m = TwilioMapper.message(form(Fixtures.form("twilio/whatsapp-location.form"))).orElseThrow();
    assertThat(m.location().lat()).isEqualTo(33.5836);
    assertThat(m.location().lon()).isEqualTo(-7.6333);
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("MessageSid", ""), Arguments.of("MessageSid", "SM123"),
        Arguments.of("From", ""), Arguments.of("From", "messenger:12345"),
        Arguments.of("From", "+2126<script>"));
  }

  @ParameterizedTest(name = "{0}={1}")
  @MethodSource("malformed")
  void refusesMissingOrMalformedParameters(String name, String value) {
    assertThat(TwilioMapper.message(form(Fixtures.form("twilio/sms-inbound.form", name, value)))).isEmpty();
  }

  @Test
  void readsDeliveryStatusesWithErrorCode() {
    var s = TwilioMapper.status(form(Fixtures.form("twilio/status-failed-21610.form"))).orElseThrow();
    assertThat(s.status()).isEqualTo("failed");
    assertThat(s.errorCode()).isEqualTo("21610");
    assertThat(s.channel()).isEqualTo(Channel.SMS);
    assertThat(s.address()).isEqualTo("+212611111111");
    var ok = TwilioMapper.status(form(Fixtures.form("twilio/status-delivered.form"))).orElseThrow();
    assertThat(ok.errorCode()).isNull();
  }
}
