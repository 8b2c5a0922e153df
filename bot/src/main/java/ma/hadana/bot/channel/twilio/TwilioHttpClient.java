package ma.hadana.bot.channel.twilio;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.Duration;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * The Twilio SDK's HTTP client with three changes: every request goes to the configured API
 * origin (the SDK has no base-URL setting, and tests use a fake server); it makes one attempt
 * only, because the outbox retries with backoff and records each attempt; and the configured
 * timeout bounds each stage of a call. The SDK sets fixed limits on every request (10 s for a
 * pooled connection, 30.5 s to connect), which would override the configured ones, so the first
 * step of the client's chain puts ours back.
 */
final class TwilioHttpClient extends NetworkHttpClient {

  private final String baseUrl;

  TwilioHttpClient(String baseUrl, Duration timeout) {
    super(builder(timeout));
    this.baseUrl = baseUrl;
  }

  private static HttpClientBuilder builder(Duration timeout) {
    Timeout t = Timeout.of(timeout);
    RequestConfig config = connectWithin(RequestConfig.custom(), t)
        .setConnectionRequestTimeout(t)
        .setResponseTimeout(t)
        .build();
    return HttpClientBuilder.create()
        .useSystemProperties()
        .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
            .setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(t).setSoKeepAlive(true)
                .build())
            .setMaxConnPerRoute(20) // the pool of the SDK's own client
            .setMaxConnTotal(100)
            .build())
        .addExecInterceptorFirst("hadana-timeouts", (request, scope, chain) -> {
          scope.clientContext.setRequestConfig(config);
          return chain.proceed(request, scope);
        });
  }

  /** The request's connect timeout: deprecated in the library, still applied before the pool's. */
  @SuppressWarnings("deprecation")
  private static RequestConfig.Builder connectWithin(RequestConfig.Builder b, Timeout t) {
    return b.setConnectTimeout(t);
  }

  @Override
  public Response reliableRequest(Request request, int[] retryCodes, int retries, long delayMillis) {
    return makeRequest(request);
  }

  @Override
  public Response makeRequest(Request request) {
    return super.makeRequest(rebased(request));
  }

  private Request rebased(Request r) {
    String path;
    try {
      path = new URL(r.getUrl()).getPath();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("Twilio request without a URL", e);
    }
    Request out = new Request(r.getMethod(), baseUrl + path);
    if (r.getAuthStrategy() != null) {
      out.setAuth(r.getAuthStrategy());
    } else if (r.getUsername() != null) {
      out.setAuth(r.getUsername(), r.getPassword());
    }
    r.getQueryParams().forEach((k, values) -> values.forEach(v -> out.addQueryParam(k, v)));
    r.getPostParams().forEach((k, values) -> values.forEach(v -> out.addPostParam(k, v)));
    r.getHeaderParams().forEach((k, values) -> values.forEach(v -> out.addHeaderParam(k, v)));
    out.setContentType(r.getContentType());
    out.setBody(r.getBody());
    out.setUserAgentExtensions(r.getUserAgentExtensions());
    if (r.getFormParameters() != null) {
      out.setFormParameters(r.getFormParameters());
    }
    return out;
  }
}
