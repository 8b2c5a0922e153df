package ma.hadana.bot;

import java.util.Set;

/** A command-line verb of the bot jar ({@code import}, {@code chat}); returns an exit code. */
public interface Command {

  /** Verbs that run a command instead of the server. */
  Set<String> VERBS = Set.of("import", "chat");

  /** True when the first argument names a command. */
  static boolean isCommand(String arg) {
    return VERBS.contains(arg);
  }

  /** The verb this command answers to. */
  String verb();

  /** Runs the verb named by {@code args[0]}; returns the process exit status. */
  int run(String[] args);
}
