package ma.hadana.bot.conversation.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ma.hadana.bot.conversation.understanding.intent.Intent;
import ma.hadana.bot.conversation.understanding.model.LabelledMessage;
import ma.hadana.bot.conversation.understanding.model.LabelledMessages;
import org.junit.jupiter.api.Test;

class TrainingSetTest {

  private static final List<LabelledMessage> TRAINING = TrainedUnderstanding.trainingMessages();

  @Test
  void hasAtLeastFifteenHundredMessages() {
    assertThat(TRAINING).hasSizeGreaterThanOrEqualTo(1500);
  }

  @Test
  void coversFourLanguagesAndBothDarijaScripts() {
    Map<String, Long> byLanguage = TRAINING.stream()
        .collect(Collectors.groupingBy(LabelledMessage::lang, Collectors.counting()));
    assertThat(byLanguage.keySet()).containsExactlyInAnyOrder("fr", "ar", "ary", "en");
    assertThat(byLanguage.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(100));
    Map<String, Long> darijaScripts = TRAINING.stream().filter(m -> m.lang().equals("ary"))
        .collect(Collectors.groupingBy(LabelledMessage::script, Collectors.counting()));
    assertThat(darijaScripts.getOrDefault("arabic", 0L)).isGreaterThanOrEqualTo(100);
    assertThat(darijaScripts.getOrDefault("latin", 0L)).isGreaterThanOrEqualTo(100);
  }

  @Test
  void labelsEveryIntentAndOnlyKnownOnes() {
    Set<String> known = java.util.Arrays.stream(Intent.values()).map(Intent::label).collect(Collectors.toSet());
    Set<String> used = TRAINING.stream().map(LabelledMessage::intent).collect(Collectors.toSet());
    assertThat(used).isEqualTo(known);
  }

  /** Short replies ("3", "merci") may well recur; a repeated sentence would inflate the scores. */
  @Test
  void sharesNoSentenceWithTheEvaluationSets() {
    Set<String> trained = TRAINING.stream().map(m -> m.text().strip()).collect(Collectors.toSet());
    for (String file : List.of("nlu/dev_messages.jsonl", "nlu/heldout-latin.jsonl", "nlu/heldout-arabic.jsonl")) {
      List<String> overlap = LabelledMessages.fromClasspath(file).stream().map(m -> m.text().strip())
          .filter(trained::contains).filter(text -> text.split("\\s+").length > 2).toList();
      assertThat(overlap).as("messages of %s also in training", file).isEmpty();
    }
  }
}
