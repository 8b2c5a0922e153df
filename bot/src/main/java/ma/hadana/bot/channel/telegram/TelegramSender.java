package ma.hadana.bot.channel.telegram;

import java.io.Serializable;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import ma.hadana.bot.channel.outbox.OutboundSender;
import ma.hadana.bot.channel.outbox.OutboxMessage;
import ma.hadana.bot.channel.outbox.SendResult;
import ma.hadana.bot.conversation.Channel;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/**
 * Sends outbox rows through the Bot API. 403 (bot blocked, user deactivated) opts the chat out;
 * 429 waits for Telegram's {@code retry_after}; 5xx, timeouts and resets are retried; 400 and
 * invalid requests are refused for good.
 */
@Component
class TelegramSender implements OutboundSender {

  private final TelegramChannel channel;
  private final TelegramProperties props;

  TelegramSender(TelegramChannel channel, TelegramProperties props) {
    this.channel = channel;
    this.props = props;
  }

  @Override
  public Set<Channel> channels() {
    return channel.enabled() ? EnumSet.of(Channel.TELEGRAM) : EnumSet.noneOf(Channel.class);
  }

  @Override
  public double messagesPerSecond(Channel c) {
    return props.messagesPerSecond();
  }

  @Override
  public Duration perRecipientInterval(Channel c) {
    return props.perChatInterval();
  }

  /** The client's call timeout bounds the whole call. */
  @Override
  public Duration longestCall(Channel c) {
    return props.timeout();
  }

  @Override
  public SendResult send(OutboxMessage m) {
    try {
      Serializable result = channel.client().execute(TelegramRenderer.render(m.address(), m.payload()));
      return SendResult.sent(result instanceof Message msg && msg.getMessageId() != null
          ? String.valueOf(msg.getMessageId()) : null);
    } catch (TelegramApiRequestException e) {
      return classify(e);
    } catch (TelegramApiException e) {
      if (e instanceof TelegramApiValidationException || e.getCause() instanceof TelegramApiValidationException) {
        return SendResult.failed("telegram invalid request"); // checked before sending
      }
      return SendResult.retry("telegram connection: " + root(e), null);
    }
  }

  static SendResult classify(TelegramApiRequestException e) {
    int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
    String what = "telegram " + code + (e.getApiResponse() == null ? "" : ": " + e.getApiResponse());
    if (code == 0) {
      return SendResult.retry("telegram unreadable answer: " + root(e), null);
    }
    if (code == 403) {
      return SendResult.optedOut(what);
    }
    if (code == 429) {
      Integer after = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
      return SendResult.retry(what, after == null ? null : Duration.ofSeconds(after));
    }
    if (code == 400) {
      return SendResult.failed(what);
    }
    return SendResult.retry(what, null); // 5xx; 401/404 (token) until an operator fixes it
  }

  private static String root(Throwable e) {
    Throwable r = e;
    while (r.getCause() != null && r.getCause() != r) {
      r = r.getCause();
    }
    return r.getClass().getSimpleName();
  }
}
