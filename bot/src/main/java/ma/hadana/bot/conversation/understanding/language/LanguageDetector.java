package ma.hadana.bot.conversation.understanding.language;

import ma.hadana.bot.conversation.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import ma.hadana.bot.conversation.understanding.model.LabelledMessage;
import ma.hadana.bot.conversation.understanding.model.Scores;
import ma.hadana.bot.conversation.understanding.model.TextFeatures;
import ma.hadana.bot.conversation.understanding.model.TrainedCategorizer;
import ma.hadana.bot.conversation.understanding.model.Training;
import ma.hadana.bot.conversation.understanding.text.NormalizedText;
import ma.hadana.bot.conversation.understanding.text.Script;
import ma.hadana.bot.conversation.understanding.text.TextNormalizer;

/**
 * Tells fr, ar, ary and en apart with an OpenNLP maxent model over character 1–5-grams (word
 * boundaries marked), words, the script, the Arabizi flag and counts of each language's common
 * words ({@link LanguageCues}). The script narrows the choice (Arabic letters: ar or ary; Latin
 * letters: fr, en or ary). A message without letters keeps the sender's previous language, else
 * Arabic after Arabic digits or punctuation, else French.
 */
public final class LanguageDetector {

  private static final Set<String> ARABIC_SCRIPT = Set.of("ar", "ary");
  private static final Set<String> LATIN_SCRIPT = Set.of("fr", "en", "ary");
  private static final Set<String> ALL = Set.of("fr", "en", "ary", "ar");
  /** Below this share, a short message from a known sender keeps the sender's language. */
  private static final double KEEP_PREVIOUS_BELOW = 0.6;

  /** Log-odds each Darija or Standard marker word adds (tuned by 5-fold cross-validation). */
  private static final double MARKER_WEIGHT = 1.5;

  private final TrainedCategorizer model;
  private final LanguageCues cues;

  private LanguageDetector(TrainedCategorizer model, LanguageCues cues) {
    this.model = model;
    this.cues = cues;
  }

  /** Trains the model on the labelled messages' languages. */
  public static LanguageDetector train(List<LabelledMessage> messages, TextNormalizer normalizer, Training training) {
    LanguageCues cues = new LanguageCues(normalizer);
    List<TrainedCategorizer.Example> examples = new ArrayList<>(messages.size());
    for (LabelledMessage m : messages) {
      NormalizedText text = normalizer.normalize(m.text());
      examples.add(new TrainedCategorizer.Example(text, m.lang(), cues.of(text)));
    }
    return new LanguageDetector(TrainedCategorizer.train(examples, features(), training), cues);
  }

  /** Reads a model written by {@link #write}. */
  public static LanguageDetector read(InputStream in, TextNormalizer normalizer) throws IOException {
    return new LanguageDetector(TrainedCategorizer.read(in, features()), new LanguageCues(normalizer));
  }

  /** Writes the trained model. */
  public void write(OutputStream out) throws IOException {
    model.write(out);
  }

  private static TextFeatures features() {
    return new TextFeatures(1, 5, false);
  }

  /** The language of a message from a sender whose language is not known yet. */
  public Detection detect(NormalizedText text) {
    return detect(text, null);
  }

  /** The language of a message; {@code previous} is the sender's last language, or null. */
  public Detection detect(NormalizedText text, Language previous) {
    if (text.hasNoLetters()) {
      return new Detection(assumed(text.script(), previous), text.script(), 0);
    }
    Set<String> allowed = switch (text.script()) {
      case ARABIC -> ARABIC_SCRIPT;
      case LATIN -> LATIN_SCRIPT;
      default -> ALL;
    };
    Scores scores = model.score(text, cues.of(text));
    String best = scores.bestAmong(allowed);
    double confidence = scores.share(best, allowed);
    if (text.script() == Script.ARABIC) {
      double ary = darijaShare(text, scores.share("ary", allowed));
      best = ary >= 0.5 ? "ary" : "ar";
      confidence = Math.max(ary, 1 - ary);
    }
    if (previous != null && confidence < KEEP_PREVIOUS_BELOW && allowed.contains(previous.code())
        && scores.share(previous.code(), allowed) >= 1 - KEEP_PREVIOUS_BELOW && text.size() <= 3) {
      return new Detection(previous, text.script(), scores.share(previous.code(), allowed));
    }
    return new Detection(Language.fromCode(best), text.script(), confidence);
  }

  /**
   * The model's Darija share for an Arabic-letter message, moved by the words that mark either
   * language: each Darija marker (بغيت، واش، ديال، ماعنديش) pushes towards Darija, each Standard
   * marker (أريد، هل، ليس، الذي) towards Standard Arabic. (A lean towards Standard for short
   * messages with neither marker was tried and lost accuracy in cross-validation: short Darija
   * formulas such as "مسا الخير" or "مرسي" carry their own spelling cues, which the model reads.)
   */
  private double darijaShare(NormalizedText text, double modelShare) {
    int[] markers = cues.darijaAndStandard(text);
    double p = Math.min(Math.max(modelShare, 1e-6), 1 - 1e-6);
    double logit = Math.log(p / (1 - p)) + MARKER_WEIGHT * (markers[0] - markers[1]);
    return 1 / (1 + Math.exp(-logit));
  }

  /** No letters to read: keep the sender's language; else Arabic after Arabic digits or "؟", else French. */
  private static Language assumed(Script script, Language previous) {
    if (script == Script.ARABIC) {
      return previous == Language.ARY ? Language.ARY : Language.AR;
    }
    return previous == null ? Language.FR : previous;
  }
}
