package ma.hadana.bot.channel.twilio;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.Duration;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * The Twilio SDK's HTTP client with two changes: every request goes to the configured API
 * origin (the SDK has no base-URL setting, and tests use a fake server), and it makes one
 * attempt only, because the outbox retries with backoff and records each attempt.
 */
final class TwilioHttpClient extends NetworkHttpClient {

  private final String baseUrl;

  TwilioHttpClient(String baseUrl, Duration timeout) {
    super(RequestConfig.custom()
            .setConnectionRequestTimeout(Timeout.of(timeout))
            .setResponseTimeout(Timeout.of(timeout))
            .build(),
        SocketConfig.custom().setSoTimeout(Timeout.of(timeout)).setSoKeepAlive(true).build());
    this.baseUrl = baseUrl;
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
