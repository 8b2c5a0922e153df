package ma.hadana.bot.channel.telegram;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import ma.hadana.bot.conversation.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Gives Telegram the bot's command menu once the bot is up, in webhook and polling mode alike:
 * setMyCommands with {@code /start /help /stop /agent /bot} described in French (the default
 * list), then the lists for users whose app is in Arabic, English and French
 * ({@code language_code}), descriptions from {@code telegram/commands.properties}. Called from a
 * background thread and retried like setWebhook ({@link StartupCall}); a retry resumes at the
 * first list not yet accepted. Failed attempts count in {@code hadana.telegram.commands.retries}.
 */
@Component
class TelegramCommandMenu implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(TelegramCommandMenu.class);
  /** The commands {@link TelegramMapper} understands, in menu order. */
  static final List<String> COMMANDS = List.of("start", "help", "stop", "agent", "bot");
  /** The lists by Telegram {@code language_code}; null is the default list (French). */
  private static final List<String> LANGUAGE_CODES = Arrays.asList(null, "ar", "en", "fr");

  private final TelegramChannel channel;
  private final TelegramProperties props;
  private final StartupCall call;
  /** How many lists Telegram accepted so far (touched by the call's thread only). */
  private int accepted;

  @Autowired
  TelegramCommandMenu(TelegramChannel channel, TelegramProperties props, MeterRegistry meters) {
    this(channel, props, meters, Duration.ofSeconds(2), Duration.ofMinutes(5));
  }

  TelegramCommandMenu(TelegramChannel channel, TelegramProperties props, MeterRegistry meters,
      Duration firstRetry, Duration longestRetry) {
    this.channel = channel;
    this.props = props;
    Counter retries = Counter.builder("hadana.telegram.commands.retries")
        .description("Failed setMyCommands attempts, each followed by a retry")
        .register(meters);
    this.call = new StartupCall("command menu of bot " + props.botId(),
        "Telegram shows no command menu", log, retries, firstRetry, longestRetry);
  }

  @EventListener(ApplicationReadyEvent.class)
  void register() {
    if (channel.enabled()) {
      call.start("telegram-set-commands", this::attempt);
    }
  }

  /** Completes with the number of attempts once Telegram accepted every list. */
  CompletableFuture<Integer> registered() {
    return call.done();
  }

  /** The setMyCommands call for one {@code language_code} (null: the default list, in French). */
  static SetMyCommands menu(String languageCode) {
    Language words = languageCode == null ? Language.FR : Language.fromCode(languageCode);
    List<BotCommand> commands = new ArrayList<>();
    for (String command : COMMANDS) {
      commands.add(new BotCommand(command, TelegramCommands.description(command, words)));
    }
    return SetMyCommands.builder().commands(commands).languageCode(languageCode).build();
  }

  private void attempt() throws TelegramApiException {
    while (accepted < LANGUAGE_CODES.size()) {
      channel.client().execute(menu(LANGUAGE_CODES.get(accepted)));
      accepted++;
    }
    log.info("Telegram command menu of bot {} set: default, ar, en, fr (attempt {})",
        props.botId(), call.attemptNumber());
  }

  @Override
  public void destroy() {
    call.stop();
  }

  /** Stops retrying. */
  void stop() {
    call.stop();
  }
}
