package ma.hadana.bench.load;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Load generator for a running bot: signed Twilio SMS webhooks ({@code --target sms}) or the
 * liveness probe ({@code --target liveness}, the machine's ceiling), either at a fixed rate
 * ({@code --rate N} requests/s, open loop; latency measured from the scheduled send time, so a
 * slow server is not hidden) or in a closed loop ({@code --clients N}, each sends again as soon
 * as it has an answer). Prints throughput and p50/p95/p99/max latency. {@code --url} takes one
 * base URL or several separated by commas (instances of one deployment), used in turn, one
 * request each; give them the same {@code --public-base-url} they all sign against. Run by hand, e.g.
 *
 * <pre>
 * java -cp bench/target/classes ma.hadana.bench.load.WebhookLoad --url http://localhost:18435 \
 *   --public-base-url https://hadana.example.org --auth-token $TWILIO_AUTH_TOKEN \
 *   --account-sid $TWILIO_ACCOUNT_SID --target sms --clients 8 --duration 30s --warmup 5s
 * </pre>
 */
public final class WebhookLoad {

  private WebhookLoad() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> a = parse(args);
    boolean sms = a.getOrDefault("target", "sms").equals("sms");
    String path = sms ? "/webhooks/twilio/sms" : "/actuator/health/liveness";
    RoundRobin targets = RoundRobin.of(a.getOrDefault("url", "http://localhost:8080"), path);
    String publicBase = a.getOrDefault("public-base-url", targets.first()).replaceAll("/+$", "");
    SignedWebhooks hooks = new SignedWebhooks(publicBase + path,
        a.getOrDefault("account-sid", "AC00000000000000000000000000000000"),
        a.getOrDefault("auth-token", ""), a.getOrDefault("to", "+15005550006"),
        Integer.parseInt(a.getOrDefault("senders", "1000")));
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
        .executor(Executors.newFixedThreadPool(8)).build();
    Duration warmup = duration(a.getOrDefault("warmup", "5s"));
    Duration duration = duration(a.getOrDefault("duration", "30s"));
    String label = (sms ? "sms webhook" : "liveness") + (a.containsKey("rate")
        ? " at " + a.get("rate") + " req/s" : " with " + a.getOrDefault("clients", "8") + " clients")
        + (targets.size() > 1 ? " over " + targets.size() + " instances" : "");
    for (Duration d : List.of(warmup, duration)) {
      LoadReport report = new LoadReport();
      long start = System.nanoTime();
      if (a.containsKey("rate")) {
        openLoop(http, targets, sms, hooks, Double.parseDouble(a.get("rate")), d, report);
      } else {
        closedLoop(http, targets, sms, hooks, Integer.parseInt(a.getOrDefault("clients", "8")), d, report);
      }
      System.out.println(report.summary(d == warmup ? "warm-up " + label : label, System.nanoTime() - start));
    }
    System.exit(0);
  }

  private static HttpRequest request(RoundRobin targets, boolean sms, SignedWebhooks hooks) {
    HttpRequest.Builder b = HttpRequest.newBuilder(targets.next()).timeout(Duration.ofSeconds(30));
    if (!sms) {
      return b.GET().build();
    }
    SignedWebhooks.Webhook w = hooks.next();
    return b.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .header("X-Twilio-Signature", w.signature())
        .POST(HttpRequest.BodyPublishers.ofString(w.body())).build();
  }

  private static void openLoop(HttpClient http, RoundRobin targets, boolean sms, SignedWebhooks hooks,
      double rate, Duration d, LoadReport report) {
    long interval = (long) (1e9 / rate);
    long start = System.nanoTime();
    long end = start + d.toNanos();
    List<CompletableFuture<?>> inFlight = new ArrayList<>();
    for (long due = start; due < end; due += interval) {
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      long scheduled = due;
      inFlight.add(http.sendAsync(request(targets, sms, hooks), HttpResponse.BodyHandlers.discarding())
          .handle((r, e) -> {
            report.record(System.nanoTime() - scheduled, e == null && r.statusCode() / 100 == 2);
            return null;
          }));
    }
    CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
  }

  private static void closedLoop(HttpClient http, RoundRobin targets, boolean sms, SignedWebhooks hooks,
      int clients, Duration d, LoadReport report) throws InterruptedException {
    long end = System.nanoTime() + d.toNanos();
    var pool = Executors.newFixedThreadPool(clients);
    for (int c = 0; c < clients; c++) {
      pool.submit(() -> {
        while (System.nanoTime() < end) {
          long t = System.nanoTime();
          boolean ok;
          try {
            ok = http.send(request(targets, sms, hooks), HttpResponse.BodyHandlers.discarding()).statusCode() / 100 == 2;
          } catch (Exception e) {
            ok = false;
          }
          report.record(System.nanoTime() - t, ok);
        }
        return null;
      });
    }
    pool.shutdown();
    pool.awaitTermination(d.toSeconds() + 60, TimeUnit.SECONDS);
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("Expected --name value pairs, got " + args[i]);
      }
      m.put(args[i].substring(2), args[i + 1]);
    }
    return m;
  }

  private static Duration duration(String s) {
    String v = s.trim().toLowerCase();
    if (v.endsWith("ms")) {
      return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
    }
    if (v.endsWith("m")) {
      return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
    }
    return Duration.ofSeconds(Long.parseLong(v.endsWith("s") ? v.substring(0, v.length() - 1) : v));
  }
}
