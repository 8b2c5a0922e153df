package ma.hadana.bot.conversation.understanding.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import ma.hadana.registry.text.Fold;

/**
 * Turns a raw SMS or Telegram message into a {@link NormalizedText}: NFKC and letter folding
 * (via {@link Fold}), bidi controls, emoji and punctuation dropped, repeated letters squeezed,
 * numbers split from their units, Arabizi words recognised, SMS spellings expanded. The word lists
 * live in {@code nlu/lexicon/sms-abbreviations.tsv}, {@code number-suffixes.txt} and
 * {@code age-units.tsv}.
 */
public final class TextNormalizer {

  /** HTML-like tags pasted into a message ("<b>"), dropped as noise. */
  private static final Pattern MARKUP = Pattern.compile("</?[a-zA-Z][^<>]{0,40}>");

  private final Map<String, List<String>> abbreviations;
  private final Set<String> numberSuffixes;

  /**
   * @param abbreviations folded SMS spelling to the folded tokens it stands for
   * @param numberSuffixes letters that may stick to a number and are split from it ("ans", "dh")
   */
  public TextNormalizer(Map<String, List<String>> abbreviations, Set<String> numberSuffixes) {
    this.abbreviations = Map.copyOf(abbreviations);
    this.numberSuffixes = Set.copyOf(numberSuffixes);
  }

  /** The normaliser with the shipped word lists. */
  public static TextNormalizer standard() {
    Map<String, List<String>> abbreviations = new HashMap<>();
    for (String[] row : Lexicon.rows("sms-abbreviations.tsv")) {
      abbreviations.put(foldWord(row[0]), Tokenizer.split(Fold.fold(row[1])));
    }
    Set<String> suffixes = new HashSet<>();
    for (String[] row : Lexicon.rows("number-suffixes.txt")) {
      suffixes.add(foldWord(row[0]));
    }
    for (String[] row : Lexicon.rows("age-units.tsv")) {
      String unit = foldWord(row[0]);
      if (unit.chars().allMatch(Character::isLetter)) {
        suffixes.add(unit);
      }
    }
    return new TextNormalizer(abbreviations, suffixes);
  }

  private static String foldWord(String s) {
    return String.join("", Tokenizer.split(Fold.fold(s)));
  }

  /** Normalises one message; never null, empty tokens for an empty or emoji-only message. */
  public NormalizedText normalize(String text) {
    String original = text == null ? "" : text;
    String cleaned = original.indexOf('<') >= 0 ? MARKUP.matcher(original).replaceAll(" ") : original;
    String folded = Tokenizer.squeeze(Fold.fold(cleaned));
    List<String> tokens = new ArrayList<>();
    List<String> plain = new ArrayList<>();
    boolean arabizi = false;
    for (String raw : Tokenizer.split(folded)) {
      arabizi |= addToken(raw, tokens, plain);
    }
    return new NormalizedText(original, String.join(" ", tokens), tokens, plain,
        Script.of(cleaned), arabizi);
  }

  /** Folded tokens of a lexicon phrase: the same folding, no SMS expansion. */
  public List<String> phrase(String phrase) {
    List<String> tokens = new ArrayList<>();
    List<String> plain = new ArrayList<>();
    for (String raw : Tokenizer.split(Tokenizer.squeeze(Fold.fold(phrase)))) {
      addToken(raw, tokens, plain);
    }
    return plain;
  }

  /** Adds the tokens one raw run stands for; returns true when it was an Arabizi word. */
  private boolean addToken(String raw, List<String> tokens, List<String> plain) {
    int digits = 0;
    int letters = 0;
    boolean onlyLetterDigits = true;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
        onlyLetterDigits &= Arabizi.isLetterDigit(c);
      } else if (c != '.') {
        letters++;
      }
    }
    List<String> expansion = letters == 0 ? null : abbreviations.get(raw);
    if (expansion != null) {
      tokens.addAll(expansion);
      plain.addAll(expansion);
      return false;
    }
    if (letters == 0 || digits == 0) {
      tokens.add(raw);
      plain.add(raw);
      return false;
    }
    int numberEnd = leadingDigits(raw);
    if (numberEnd > 0 && numberSuffixes.contains(raw.substring(numberEnd))) {
      add(raw.substring(0, numberEnd), tokens, plain); // "3ans", "8h", "3000dh", "2eme"
      add(raw.substring(numberEnd), tokens, plain);
      return false;
    }
    if (onlyLetterDigits) {
      tokens.add(raw);
      plain.add(Arabizi.plain(raw));
      return true;
    }
    splitRuns(raw, tokens, plain); // codes like "cr00012": letters and numbers apart
    return false;
  }

  private static int leadingDigits(String raw) {
    int i = 0;
    while (i < raw.length() && raw.charAt(i) >= '0' && raw.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  private static void splitRuns(String raw, List<String> tokens, List<String> plain) {
    int start = 0;
    for (int i = 1; i <= raw.length(); i++) {
      if (i == raw.length() || isDigit(raw.charAt(i)) != isDigit(raw.charAt(start))) {
        add(raw.substring(start, i), tokens, plain);
        start = i;
      }
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static void add(String token, List<String> tokens, List<String> plain) {
    tokens.add(token);
    plain.add(token);
  }
}
