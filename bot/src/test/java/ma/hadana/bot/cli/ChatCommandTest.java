package ma.hadana.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import ma.hadana.bot.conversation.dialogue.Conversation;
import ma.hadana.bot.privacy.SenderKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The terminal chat drives the real core and shows encoding and segments. */
@SpringBootTest
class ChatCommandTest {

  @Autowired Conversation conversation;
  @Autowired SenderKeys senders;
  @Autowired Clock clock;

  @Test
  void eachLineGetsRepliesWithTheirEncodingAndSegments() {
    var in = new ByteArrayInputStream("bonjour\nمرحبا\n/quit\n".getBytes(StandardCharsets.UTF_8));
    var buffer = new ByteArrayOutputStream();
    int status = new ChatCommand(conversation, senders, clock, in, new PrintStream(buffer, true, StandardCharsets.UTF_8))
        .run(new String[] {"chat"});
    String out = buffer.toString(StandardCharsets.UTF_8);
    assertThat(status).isZero();
    assertThat(out).contains("[fr, GSM-7, 1 segment]");
    assertThat(out).contains("UCS-2");
  }
}
