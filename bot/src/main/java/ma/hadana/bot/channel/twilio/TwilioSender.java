package ma.hadana.bot.channel.twilio;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import ma.hadana.bot.channel.WebhookProperties;
import ma.hadana.bot.channel.outbox.OutboundPayload;
import ma.hadana.bot.channel.outbox.OutboundSender;
import ma.hadana.bot.channel.outbox.OutboxMessage;
import ma.hadana.bot.channel.outbox.SendResult;
import ma.hadana.bot.conversation.Channel;
import org.springframework.stereotype.Component;

/**
 * Sends outbox rows as SMS or WhatsApp messages with the Twilio SDK ({@code Message.creator}),
 * asking for status callbacks on {@code /webhooks/twilio/status}. Errors are kept as status and
 * Twilio code only: Twilio's messages can quote the phone number.
 */
@Component
class TwilioSender implements OutboundSender {

  private final TwilioRestClient client;
  private final TwilioProperties props;
  private final Set<Channel> channels = EnumSet.noneOf(Channel.class);
  private final URI statusCallback;

  TwilioSender(TwilioProperties props, TwilioChannel channel, WebhookProperties webhooks) {
    this.props = props;
    this.client = channel.enabled()
        ? new TwilioRestClient.Builder(props.accountSid(), props.authToken())
            .httpClient(new TwilioHttpClient(props.apiBaseUrl(), props.timeout()))
            .build()
        : null;
    if (client != null && !props.from().isEmpty()) {
      channels.add(Channel.SMS);
    }
    if (client != null && !props.whatsappFrom().isEmpty()) {
      channels.add(Channel.WHATSAPP);
    }
    this.statusCallback = client == null ? null : URI.create(webhooks.url(TwilioChannel.STATUS_PATH));
  }

  @Override
  public Set<Channel> channels() {
    return channels;
  }

  @Override
  public double messagesPerSecond(Channel channel) {
    return props.messagesPerSecond();
  }

  @Override
  public Duration perRecipientInterval(Channel channel) {
    return Duration.ZERO;
  }

  /**
   * Waiting for a pooled connection, connecting and waiting for the answer each take up to the
   * timeout ({@link TwilioHttpClient} holds the SDK to it).
   */
  @Override
  public Duration longestCall(Channel channel) {
    return props.timeout().multipliedBy(3);
  }

  @Override
  public SendResult send(OutboxMessage m) {
    OutboundPayload p = m.payload();
    if (p.kind() != OutboundPayload.Kind.TEXT || p.text() == null || p.text().isBlank()) {
      return SendResult.failed("twilio: nothing to send for a " + p.kind() + " row");
    }
    try {
      Message sent = creator(m.channel(), m.address(), p.text())
          .setStatusCallback(statusCallback)
          .create(client);
      return SendResult.sent(sent.getSid());
    } catch (ApiConnectionException e) {
      return SendResult.retry("twilio connection: " + cause(e), null);
    } catch (ApiException e) {
      return classify(e);
    }
  }

  private MessageCreator creator(Channel channel, String address, String text) {
    boolean whatsapp = channel == Channel.WHATSAPP;
    String sender = whatsapp ? props.whatsappFrom() : props.from();
    PhoneNumber to = new PhoneNumber(whatsapp ? TwilioMapper.WHATSAPP_PREFIX + address : address);
    if (!whatsapp && sender.startsWith("MG")) {
      return Message.creator(to, sender, text); // a Messaging Service picks the number
    }
    if (whatsapp && !sender.startsWith(TwilioMapper.WHATSAPP_PREFIX)) {
      sender = TwilioMapper.WHATSAPP_PREFIX + sender;
    }
    return Message.creator(to, new PhoneNumber(sender), text);
  }

  /** 21610 opted out; no status (network, unreadable answer), 429 and 5xx retry; else refused. */
  static SendResult classify(ApiException e) {
    Integer status = e.getStatusCode();
    Integer code = e.getCode();
    String what = "twilio " + (status == null ? "-" : status) + "/" + (code == null ? "-" : code);
    if (code != null && TwilioInbound.OPTED_OUT.equals(String.valueOf(code))) {
      return SendResult.optedOut(what);
    }
    if (status == null || status == 0) {
      return SendResult.retry(what + " " + cause(e), null);
    }
    if (status == 429 || status >= 500) {
      return SendResult.retry(what, null);
    }
    return SendResult.failed(what);
  }

  private static String cause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName();
  }
}
