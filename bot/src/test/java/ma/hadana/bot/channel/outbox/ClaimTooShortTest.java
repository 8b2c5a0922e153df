package ma.hadana.bot.channel.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import ma.hadana.bot.BotApplication;
import ma.hadana.bot.channel.ChannelTest;
import ma.hadana.bot.channel.FakeProviders;
import ma.hadana.bot.conversation.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A claim shorter than a provider's longest call plus the margin stops the start with Spring
 * Boot's "APPLICATION FAILED TO START" report saying which setting to raise to what, not with a
 * bean-creation stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class ClaimTooShortTest {

  private final ClaimTooShortFailureAnalyzer analyzer = new ClaimTooShortFailureAnalyzer();

  @Test
  void explainsATelegramClaimTooShortAndWhatToSetItTo() {
    ClaimTooShortException e = new ClaimTooShortException(Channel.TELEGRAM, Duration.ofSeconds(20),
        Duration.ofSeconds(30), Duration.ofSeconds(10));
    FailureAnalysis a = analyzer.analyze(new BeanCreationException("outboxWorker", "Failed to instantiate", e));
    assertThat(a).isNotNull();
    assertThat(a.getCause()).isSameAs(e);
    assertThat(a.getDescription())
        .contains("The outbox cannot send on telegram")
        .contains("hadana.outbox.claim-timeout = 20s")
        .contains("needs up to 40s")
        .contains("Telegram call may take up to 30s (hadana.telegram.timeout)")
        .contains("hadana.outbox.claim-margin = 10s")
        .doesNotContain("PT");
    assertThat(a.getAction())
        .contains("hadana.outbox.claim-timeout (environment variable HADANA_OUTBOX_CLAIM_TIMEOUT)"
            + " to more than 40s, e.g. 1m")
        .contains("hadana.telegram.timeout (environment variable TELEGRAM_TIMEOUT)")
        .contains("HADANA_OUTBOX_CLAIM_MARGIN");
  }

  @Test
  void namesTwiliosTimeoutForAnSmsClaim() {
    ClaimTooShortException e = new ClaimTooShortException(Channel.SMS, Duration.ofSeconds(30),
        Duration.ofSeconds(30), Duration.ofMillis(1500));
    FailureAnalysis a = analyzer.analyze(e);
    assertThat(a.getDescription()).contains("on sms").contains("needs up to 31500ms")
        .contains("three times hadana.twilio.timeout");
    assertThat(a.getAction()).contains("to more than 31500ms, e.g. 48s")
        .contains("hadana.twilio.timeout (environment variable TWILIO_TIMEOUT)");
  }

  @Test
  void leavesOtherFailuresToOtherAnalyzers() {
    assertThat(analyzer.analyze(new IllegalStateException("something else"))).isNull();
  }

  @Test
  void writesDurationsAsSettingsAreWritten() {
    assertThat(ClaimTooShortFailureAnalyzer.format(Duration.ofMinutes(2))).isEqualTo("2m");
    assertThat(ClaimTooShortFailureAnalyzer.format(Duration.ofSeconds(90))).isEqualTo("90s");
    assertThat(ClaimTooShortFailureAnalyzer.format(Duration.ofMillis(500))).isEqualTo("500ms");
    assertThat(ClaimTooShortFailureAnalyzer.format(Duration.ZERO)).isEqualTo("0s");
  }

  @Test
  void theBotRefusesToStartWithTheReportAndNotAStackTrace(CapturedOutput output) {
    SpringApplication app = new SpringApplication(BotApplication.class);
    assertThatThrownBy(() -> app.run(
            "--server.port=0",
            "--hadana.pepper=claim-test-pepper",
            "--hadana.webhooks.public-base-url=" + ChannelTest.PUBLIC_BASE_URL,
            "--hadana.telegram.bot-token=" + ChannelTest.BOT_TOKEN,
            "--hadana.telegram.webhook-secret=" + ChannelTest.TELEGRAM_SECRET,
            "--hadana.telegram.api-base-url=" + FakeProviders.baseUrl(),
            "--hadana.telegram.mode=webhook",
            "--hadana.telegram.timeout=30s",
            "--hadana.outbox.worker=true",
            "--hadana.outbox.claim-timeout=20s"))
        .hasRootCauseInstanceOf(ClaimTooShortException.class);
    assertThat(output.getOut() + output.getErr())
        .contains("APPLICATION FAILED TO START")
        .contains("The outbox cannot send on telegram")
        .contains("HADANA_OUTBOX_CLAIM_TIMEOUT) to more than 40s, e.g. 1m")
        .doesNotContain("Application run failed"); // Boot's stack trace when nobody explains

  }
}
