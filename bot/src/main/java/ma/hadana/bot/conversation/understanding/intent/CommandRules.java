package ma.hadana.bot.conversation.understanding.intent;

import ma.hadana.bot.conversation.Language;
import ma.hadana.bot.conversation.Intent;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ma.hadana.bot.conversation.understanding.text.Lexicon;
import ma.hadana.bot.conversation.understanding.text.NormalizedText;
import ma.hadana.bot.conversation.understanding.text.PhraseSet;
import ma.hadana.bot.conversation.understanding.text.TextNormalizer;

/**
 * Whole-message commands, decided by rule because they must be exact: opt-out and opt-in
 * keywords count only as the whole message (a carrier's STOP must never be missed, and "stop, je
 * cherche une crèche" must not unsubscribe anyone), a bare number picks a result, "plus"/"zid"
 * asks for more, a language name alone switches language. Word lists: {@code commands.tsv},
 * {@code choices.tsv}, {@code language-names.tsv}.
 */
final class CommandRules {

  private static final int MAX_CHOICE = 20;
  private static final int MAX_MORE_TOKENS = 5;
  private static final int MAX_PICK_TOKENS = 8;
  private static final Set<String> ORDINAL_SUFFIXES = Set.of("er", "ere", "re", "e", "eme", "ieme", "st", "nd", "rd", "th");

  private final PhraseSet<Intent> commands;
  private final Set<String> fillers = new HashSet<>();
  private final Set<String> choicePrefixes = new HashSet<>();
  private final Set<String> numberWords = new HashSet<>();
  private final Map<String, Integer> cardinals = new HashMap<>();
  private final PhraseSet<Integer> ordinals;
  private final LanguageNames languages;

  CommandRules(TextNormalizer normalizer, LanguageNames languages) {
    this.languages = languages;
    commands = new PhraseSet<>(normalizer);
    for (String[] row : Lexicon.rows("commands.tsv")) {
      if ("filler".equals(row[0])) {
        fillers.addAll(normalizer.phrase(row[1]));
      } else {
        commands.add(row[1], Intent.valueOf(row[0].toUpperCase(Locale.ROOT)));
      }
    }
    ordinals = new PhraseSet<>(normalizer);
    for (String[] row : Lexicon.rows("choices.tsv")) {
      switch (row[0]) {
        case "prefix" -> choicePrefixes.addAll(normalizer.phrase(row[1]));
        case "number-word" -> {
          choicePrefixes.addAll(normalizer.phrase(row[1]));
          numberWords.addAll(normalizer.phrase(row[1]));
        }
        case "cardinal" -> cardinals.put(String.join(" ", normalizer.phrase(row[1])), Integer.valueOf(row[2]));
        default -> ordinals.add(row[1], Integer.valueOf(row[0]));
      }
    }
  }

  /** The intent a rule gives the message, or null when no rule applies. */
  IntentResult apply(NormalizedText text, Prompt prompt) {
    Integer choice = choice(text);
    if (choice != null) {
      Intent intent = prompt == Prompt.AGE || prompt == Prompt.LOCATION ? Intent.FIND : Intent.DETAILS;
      return new IntentResult(intent, 1, null, null, choice);
    }
    Intent command = wholeCommand(text);
    if (command != null) {
      return IntentResult.of(command, 1);
    }
    Language target = languages.wholeMessageTarget(text);
    if (target != null) {
      return new IntentResult(Intent.LANG_SWITCH, 1, null, target, null);
    }
    return null;
  }

  /**
   * The number a message picks: "3", "n°3", "number 2", "رقم ٣", "3eme", "la première",
   * "la deuxième crèche svp", "details on 1", "nmra wa7ed"; null unless the whole message is that.
   */
  Integer choice(NormalizedText text) {
    List<String> tokens = text.plainTokens();
    Integer value = null;
    int i = 0;
    while (i < tokens.size() && isFillerOrPrefix(tokens.get(i))) {
      i++;
    }
    if (i < tokens.size() && isSmallNumber(tokens.get(i))) {
      value = Integer.valueOf(tokens.get(i));
      i++;
      if (i < tokens.size() && ORDINAL_SUFFIXES.contains(tokens.get(i))) {
        i++;
      }
    } else if (i > 0 && i < tokens.size() && numberWords.contains(tokens.get(i - 1))
        && cardinals.containsKey(tokens.get(i))) {
      value = cardinals.get(tokens.get(i)); // "number one", "nmra wa7ed"
      i++;
    } else if (i < tokens.size()) {
      for (PhraseSet.Match<Integer> m : ordinals.find(text)) {
        if (m.start() == i) {
          value = m.value();
          i = m.end();
          break;
        }
      }
    }
    if (value == null) {
      return null;
    }
    for (; i < tokens.size(); i++) {
      if (!isFillerOrPrefix(tokens.get(i))) {
        return null;
      }
    }
    return value;
  }

  /** Whether a short message names a list item somewhere ("la deuxième crèche", "info on 1"). */
  boolean picksItem(NormalizedText text) {
    if (text.size() > MAX_PICK_TOKENS) {
      return false;
    }
    if (!ordinals.find(text).isEmpty()) {
      return true;
    }
    List<String> tokens = text.plainTokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (isSmallNumber(tokens.get(i))) {
        boolean last = i + 1 == tokens.size();
        if (last || NormalizedText.isNumber(tokens.get(i + 1)) || fillers.contains(tokens.get(i + 1))
            || ORDINAL_SUFFIXES.contains(tokens.get(i + 1))) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean isFillerOrPrefix(String token) {
    return fillers.contains(token) || choicePrefixes.contains(token);
  }

  private static boolean isSmallNumber(String token) {
    if (token.isEmpty() || token.length() > 2) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return false;
      }
    }
    int n = Integer.parseInt(token);
    return n >= 1 && n <= MAX_CHOICE;
  }

  /** STOP, START or MORE when the message is nothing but that command and filler words. */
  private Intent wholeCommand(NormalizedText text) {
    List<PhraseSet.Match<Intent>> found = commands.find(text);
    if (found.isEmpty()) {
      return null;
    }
    boolean[] covered = new boolean[text.size()];
    Intent intent = null;
    for (PhraseSet.Match<Intent> m : found) {
      if (intent != null && intent != m.value()) {
        return null; // "stop start": leave it to the classifier
      }
      intent = m.value();
      for (int i = m.start(); i < m.end(); i++) {
        covered[i] = true;
      }
    }
    for (int i = 0; i < covered.length; i++) {
      if (!covered[i] && !fillers.contains(text.plainTokens().get(i))) {
        return null;
      }
    }
    if (intent == Intent.MORE && text.size() > MAX_MORE_TOKENS) {
      return null;
    }
    return intent;
  }
}
