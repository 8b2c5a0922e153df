package ma.hadana.bot.channel.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.security.RequestValidator;
import java.util.Map;
import ma.hadana.bot.channel.Fixtures;
import ma.hadana.bot.channel.TwilioSigner;
import ma.hadana.bot.channel.WebhookProperties;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class TwilioSignatureTest {

  static final String TOKEN = "12345678901234567890123456789012";
  static final String URL = "https://hadana.example.org/webhooks/twilio/sms";
  final TwilioSignature signature = new TwilioSignature(
      new TwilioProperties("AC1", TOKEN, "", "", null, 10, null),
      new WebhookProperties("https://hadana.example.org/"));

  static MultiValueMap<String, String> form(Map<String, String> params) {
    MultiValueMap<String, String> m = new LinkedMultiValueMap<>();
    params.forEach(m::add);
    return m;
  }

  @Test
  void testSignerAgreesWithTheSdkValidator() {
    Map<String, String> params = Fixtures.form("twilio/sms-inbound-arabic.form");
    String sig = TwilioSigner.sign(TOKEN, URL, params);
    assertThat(new RequestValidator(TOKEN).validate(URL, params, sig)).isTrue();
    assertThat(new RequestValidator("another-token-another-token-1234").validate(URL, params, sig)).isFalse();
  }

  @Test
  void acceptsTheSignatureOfThePublicUrl() {
    Map<String, String> params = Fixtures.form("twilio/sms-inbound.form");
    assertThat(signature.valid("/webhooks/twilio/sms", null, form(params),
        TwilioSigner.sign(TOKEN, URL, params))).isTrue();
  }

  @Test
  void refusesASignatureOfAnotherHostOrBody() {
    Map<String, String> params = Fixtures.form("twilio/sms-inbound.form");
    String otherHost = TwilioSigner.sign(TOKEN, "https://evil.example/webhooks/twilio/sms", params);
    assertThat(signature.valid("/webhooks/twilio/sms", null, form(params), otherHost)).isFalse();
    String sig = TwilioSigner.sign(TOKEN, URL, params);
    Map<String, String> tampered = Fixtures.form("twilio/sms-inbound.form", "Body", "STOP");
    assertThat(signature.valid("/webhooks/twilio/sms", null, form(tampered), sig)).isFalse();
    assertThat(signature.valid("/webhooks/twilio/sms", null, form(params), null)).isFalse();
    assertThat(signature.valid("/webhooks/twilio/sms", null, form(params), "")).isFalse();
  }

  @Test
  void signsTheQueryStringAsPartOfTheUrlNotAsParameters() {
    Map<String, String> params = Fixtures.form("twilio/sms-inbound.form");
    String sig = TwilioSigner.sign(TOKEN, URL + "?region=casa", params);
    MultiValueMap<String, String> servletParams = form(params);
    servletParams.add("region", "casa"); // the servlet mixes query parameters into the form
    assertThat(signature.valid("/webhooks/twilio/sms", "region=casa", servletParams, sig)).isTrue();
  }

  @Test
  void refusesEverythingWithoutAnAuthToken() {
    TwilioSignature off = new TwilioSignature(new TwilioProperties("", "", "", "", null, 10, null),
        new WebhookProperties("https://hadana.example.org"));
    Map<String, String> params = Fixtures.form("twilio/sms-inbound.form");
    assertThat(off.valid("/webhooks/twilio/sms", null, form(params), TwilioSigner.sign("x", URL, params))).isFalse();
  }
}
