package ma.hadana.bot.conversation.understanding.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ma.hadana.bot.conversation.understanding.TrainedUnderstanding;
import ma.hadana.bot.conversation.understanding.text.NormalizedText;
import ma.hadana.bot.conversation.understanding.text.TextNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compiled layout scores every message exactly as OpenNLP does: the shipped training
 * messages and seeded random texts in Latin, Arabic and mixed script, with the intent model's
 * kind of features (character 2- to 5-grams, bigrams, an extra language feature) and the
 * language model's kind (1- to 4-grams, no bigrams).
 */
class CompiledMaxentTest {

  private static final TextNormalizer NORMALIZER = TextNormalizer.standard();
  private static List<LabelledMessage> messages;

  @BeforeAll
  static void messages() {
    messages = TrainedUnderstanding.trainingMessages();
  }

  @Test
  void intentLikeModelScoresBitForBitAsOpenNlp() {
    TextFeatures features = new TextFeatures(2, 5, true);
    TrainedCategorizer model = train(features, true, new Training("MAXENT_QN", 40, 1, 0.0, 0.5));
    assertThat(model.compiled()).isTrue();
    assertSameScores(model, true);
  }

  @Test
  void languageLikeModelWithL1ScoresBitForBitAsOpenNlp() {
    TextFeatures features = new TextFeatures(1, 4, false);
    TrainedCategorizer model = train(features, false, new Training("MAXENT_QN", 40, 1, 0.1, 0.1));
    assertThat(model.compiled()).isTrue();
    assertSameScores(model, false);
  }

  @Test
  void anotherAlgorithmKeepsOpenNlpsOwnScoring() {
    TrainedCategorizer model = train(new TextFeatures(2, 3, false), false,
        new Training("NAIVEBAYES", 1, 1, 0, 0));
    assertThat(model.compiled()).isFalse();
    NormalizedText text = NORMALIZER.normalize("creche a sale");
    assertThat(model.score(text, Map.of()).probabilities())
        .containsExactly(model.scoreWithOpenNlp(text, Map.of()).probabilities());
  }

  private static TrainedCategorizer train(TextFeatures features, boolean intents, Training training) {
    List<TrainedCategorizer.Example> examples = new ArrayList<>();
    for (LabelledMessage m : messages) {
      examples.add(new TrainedCategorizer.Example(NORMALIZER.normalize(m.text()),
          intents ? m.intent() : m.lang(), intents ? Map.of("lang", m.lang()) : Map.of()));
    }
    return TrainedCategorizer.train(examples, features, training);
  }

  private static void assertSameScores(TrainedCategorizer model, boolean withLanguage) {
    List<String> texts = new ArrayList<>();
    messages.forEach(m -> texts.add(m.text()));
    Random random = new Random(20261205);
    String alphabet = "abcdefghijklmnopqrstuvwxyz 0123456789 éèàç 379 ابتثجحخدذرزسشصضطظعغفقكلمنهوي ءأإآة ،؟";
    for (int i = 0; i < 2_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = random.nextInt(60); n >= 0; n--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(b.toString());
    }
    texts.add("");
    int checked = 0;
    for (String t : texts) {
      NormalizedText text = NORMALIZER.normalize(t);
      Map<String, Object> extra = withLanguage ? Map.of("lang", "ary") : Map.of();
      double[] compiled = model.score(text, extra).probabilities();
      double[] openNlp = model.scoreWithOpenNlp(text, extra).probabilities();
      assertThat(compiled).as(t).containsExactly(openNlp);
      checked++;
    }
    assertThat(checked).isGreaterThan(2_000);
  }
}
