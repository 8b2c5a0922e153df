package ma.hadana.bot.channel.twilio;

import com.twilio.security.RequestValidator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.hadana.bot.channel.WebhookProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Checks {@code X-Twilio-Signature} with the SDK's {@link RequestValidator}: HMAC-SHA1 with the
 * auth token over the public URL Twilio called ({@code HADANA_PUBLIC_BASE_URL} + path + query;
 * never the Host header, which a proxy rewrites) and the POST parameters, compared in constant
 * time.
 */
@Component
class TwilioSignature {

  private final RequestValidator validator;
  private final WebhookProperties webhooks;

  TwilioSignature(TwilioProperties props, WebhookProperties webhooks) {
    this.validator = props.authToken().isEmpty() ? null : new RequestValidator(props.authToken());
    this.webhooks = webhooks;
  }

  /**
   * True when {@code signature} signs this request. {@code params} are the servlet's parameters,
   * which mix the query string into the form: the query's own parameters are taken out again.
   */
  boolean valid(String path, String query, MultiValueMap<String, String> params, String signature) {
    if (validator == null || signature == null || signature.isBlank()) {
      return false;
    }
    boolean hasQuery = query != null && !query.isEmpty();
    MultiValueMap<String, String> form = hasQuery ? withoutQuery(params, query) : params;
    Map<String, String> single = new HashMap<>();
    for (Map.Entry<String, List<String>> e : form.entrySet()) {
      if (e.getValue().size() != 1) {
        return false; // Twilio never repeats a parameter; the SDK cannot check repeated ones
      }
      single.put(e.getKey(), e.getValue().get(0));
    }
    String url = webhooks.url(path) + (hasQuery ? "?" + query : "");
    return validator.validate(url, single, signature.trim());
  }

  private static MultiValueMap<String, String> withoutQuery(MultiValueMap<String, String> params,
      String query) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    params.forEach((k, v) -> form.put(k, new ArrayList<>(v)));
    UriComponentsBuilder.fromUriString("/?" + query).build().getQueryParams().forEach((k, values) -> {
      for (String raw : values) {
        String v = raw == null ? "" : UriUtils.decode(raw, StandardCharsets.UTF_8);
        List<String> left = form.get(k);
        if (left != null && left.remove(v) && left.isEmpty()) {
          form.remove(k);
        }
      }
    });
    return form;
  }
}
