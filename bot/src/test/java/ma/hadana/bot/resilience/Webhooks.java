package ma.hadana.bot.resilience;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import ma.hadana.bot.channel.ChannelTest;
import ma.hadana.bot.channel.Fixtures;
import ma.hadana.bot.channel.TwilioSigner;

/**
 * Signed provider webhooks over real HTTP, as Twilio and Telegram send them, built on the
 * channel tests' fixtures and credentials. A request that takes longer than Twilio's own 15 s
 * webhook timeout fails, as it would for Twilio.
 */
final class Webhooks {

  static final String SMS = "/webhooks/twilio/sms";
  static final String STATUS = "/webhooks/twilio/status";
  static final String TELEGRAM = "/webhooks/telegram";
  static final Duration PROVIDER_TIMEOUT = Duration.ofSeconds(15);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();

  /** A well-formed Twilio message sid: "SM" and 32 hex digits. */
  static String sid(long n) {
    return "SM" + String.format("%032x", n);
  }

  /** Twilio delivering an SMS. */
  HttpResponse<String> sms(String baseUrl, String messageSid, String from, String body)
      throws IOException, InterruptedException {
    return form(baseUrl, SMS, Fixtures.form("twilio/sms-inbound.form", "MessageSid", messageSid,
        "SmsMessageSid", messageSid, "SmsSid", messageSid, "From", from, "Body", body));
  }

  /** Twilio reporting a delivery status. */
  HttpResponse<String> status(String baseUrl, String messageSid)
      throws IOException, InterruptedException {
    return form(baseUrl, STATUS, Fixtures.form("twilio/status-delivered.form", "MessageSid", messageSid,
        "SmsSid", messageSid));
  }

  /** Telegram delivering a text message from a private chat. */
  HttpResponse<String> telegram(String baseUrl, long updateId, long chatId, String text)
      throws IOException, InterruptedException {
    ObjectNode update = JSON.createObjectNode().put("update_id", updateId);
    ObjectNode message = update.putObject("message").put("message_id", updateId % 1_000_000);
    message.putObject("from").put("id", chatId).put("is_bot", false).put("first_name", "Amina")
        .put("language_code", "fr");
    message.putObject("chat").put("id", chatId).put("first_name", "Amina").put("type", "private");
    message.put("date", 1_441_645_532).put("text", text);
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + TELEGRAM))
        .timeout(PROVIDER_TIMEOUT)
        .header("Content-Type", "application/json")
        .header("X-Telegram-Bot-Api-Secret-Token", ChannelTest.TELEGRAM_SECRET)
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(update)))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** A GET, e.g. a probe or the read API. */
  HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(PROVIDER_TIMEOUT).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A JSON POST, e.g. to the simulator. */
  HttpResponse<String> postJson(String url, String body) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(PROVIDER_TIMEOUT)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> form(String baseUrl, String path, Map<String, String> params)
      throws IOException, InterruptedException {
    String signature = TwilioSigner.sign(ChannelTest.AUTH_TOKEN, ChannelTest.PUBLIC_BASE_URL + path, params);
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(PROVIDER_TIMEOUT)
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .header("X-Twilio-Signature", signature)
        .POST(HttpRequest.BodyPublishers.ofString(Fixtures.encode(params)))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
