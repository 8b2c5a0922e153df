package ma.hadana.bot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import ma.hadana.bot.Command;
import ma.hadana.bot.conversation.Channel;
import ma.hadana.bot.conversation.Choice;
import ma.hadana.bot.conversation.InboundMessage;
import ma.hadana.bot.conversation.Reply;
import ma.hadana.bot.conversation.Turn;
import ma.hadana.bot.conversation.dialogue.Conversation;
import ma.hadana.bot.privacy.SenderKeys;
import ma.hadana.registry.demo.DemoDataLoader;
import ma.hadana.registry.search.CrecheSearch;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * {@code chat [--telegram]}: talk to the conversation core from a terminal, one line per
 * message, showing each reply's encoding and SMS segments. Ends on end of input or "/quit".
 */
@Component
class ChatCommand implements Command {

  private final Conversation conversation;
  private final SenderKeys senders;
  private final Clock clock;
  private final InputStream in;
  private final PrintStream out;
  private DemoDataLoader demo;
  private CrecheSearch search;

  @Autowired
  ChatCommand(Conversation conversation, SenderKeys senders, Clock clock, DemoDataLoader demo,
      CrecheSearch search) {
    this(conversation, senders, clock, System.in, System.out);
    this.demo = demo;
    this.search = search;
  }

  ChatCommand(Conversation conversation, SenderKeys senders, Clock clock, InputStream in, PrintStream out) {
    this.conversation = conversation;
    this.senders = senders;
    this.clock = clock;
    this.in = in;
    this.out = out;
  }

  @Override
  public String verb() {
    return "chat";
  }

  @Override
  public int run(String[] args) {
    // A newcomer may try the chat before ever starting the server: give them the demo registry.
    if (demo != null && demo.loadIfEnabledAndEmpty()) {
      search.refresh();
    }
    Channel channel = Arrays.asList(args).contains("--telegram") ? Channel.TELEGRAM : Channel.SMS;
    String key = senders.keyOf("chat:" + channel.code(), "terminal");
    out.println("Hadana chat (" + channel.code() + "). Type a message; /quit to leave.");
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      out.print("> ");
      out.flush();
      while ((line = r.readLine()) != null) {
        if (line.strip().equals("/quit")) {
          break;
        }
        if (!line.isBlank()) {
          Turn turn = conversation.handle(new InboundMessage(channel, key, line, null, clock.instant()));
          print(turn);
        }
        out.print("> ");
        out.flush();
      }
    } catch (IOException e) {
      out.println("input error: " + e.getMessage());
      return 2;
    }
    out.println();
    return 0;
  }

  private void print(Turn turn) {
    if (turn.replies().isEmpty()) {
      out.println("(no reply)");
    }
    for (Reply r : turn.replies()) {
      out.println(r.text());
      if (r.choices().size() > 0 && r.choices().size() <= 8 && !r.text().contains("\n1")) {
        out.println("  choices: " + String.join(" | ", r.choices().stream().map(Choice::label).toList()));
      }
      out.println("  [" + r.language() + ", " + r.encoding() + ", " + r.segments() + " segment"
          + (r.segments() == 1 ? "" : "s") + "]");
    }
  }
}
