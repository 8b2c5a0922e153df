package ma.hadana.bench.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds Twilio SMS webhooks as Twilio sends them: realistic texts in French, Arabic, Darija
 * (both scripts) and English, from a pool of senders who each walk through the texts in turn,
 * each with a fresh MessageSid, signed like Twilio (HMAC-SHA1 of the public URL and the sorted
 * parameters, with the auth token).
 */
final class SignedWebhooks {

  static final List<String> TEXTS = List.of(
      "Bonjour, je cherche une crèche à Maarif pour mon fils de 2 ans",
      "crèche gratuite à Sidi Moumen Casablanca",
      "une garderie près de Hay Riad à Rabat, ma fille a 18 mois",
      "plus",
      "أبحث عن حضانة في المعاريف",
      "روض أطفال قريب من حي الرياض بالرباط، ابني عمره ثلاث سنوات",
      "حضانة مجانية في سلا",
      "salam bghit creche f hay mohammadi l weldi 3 snin",
      "fin kayna chi 7adana f sale jdida",
      "بغيت روض قريب ليا ف سيدي مومن",
      "wach kayna creche b lfabor f tanger",
      "Hi, I need a nursery near Gueliz in Marrakech for my 18 month old",
      "free daycare in Agadir",
      "1",
      "help",
      "STOP",
      "START");

  private final String url;
  private final String accountSid;
  private final String to;
  private final byte[] token;
  private final int senders;
  private final AtomicLong counter = new AtomicLong();
  /** One keyed HMAC per client thread: the generator should cost the machine little. */
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

  SignedWebhooks(String publicUrl, String accountSid, String authToken, String to, int senders) {
    this.url = publicUrl;
    this.accountSid = accountSid;
    this.to = to;
    this.token = authToken.getBytes(StandardCharsets.UTF_8);
    this.senders = Math.max(1, senders);
  }

  /** The next webhook: its form body and its X-Twilio-Signature. */
  Webhook next() {
    long n = counter.getAndIncrement();
    byte[] sid = new byte[16];
    ThreadLocalRandom.current().nextBytes(sid);
    String messageSid = "SM" + HexFormat.of().formatHex(sid);
    Map<String, String> p = new LinkedHashMap<>();
    p.put("ToCountry", "MA");
    p.put("SmsMessageSid", messageSid);
    p.put("NumMedia", "0");
    p.put("SmsSid", messageSid);
    p.put("SmsStatus", "received");
    long sender = n % senders;
    // Each sender walks through the texts in turn (search, more, details, help, stop, start).
    p.put("Body", TEXTS.get((int) ((sender + n / senders) % TEXTS.size())));
    p.put("FromCountry", "MA");
    p.put("To", to);
    p.put("NumSegments", "1");
    p.put("MessageSid", messageSid);
    p.put("AccountSid", accountSid);
    String number = Long.toString(sender);
    p.put("From", "+2126" + "0".repeat(Math.max(0, 8 - number.length())) + number);
    p.put("ApiVersion", "2010-04-01");
    String body = p.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
    return new Webhook(body, sign(p));
  }

  private String sign(Map<String, String> params) {
    StringBuilder data = new StringBuilder(url);
    new TreeMap<>(params).forEach((k, v) -> data.append(k).append(v));
    byte[] digest = macs.get().doFinal(data.toString().getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder().encodeToString(digest);
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(token, "HmacSHA1"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A signed form body. */
  record Webhook(String body, String signature) {}
}
