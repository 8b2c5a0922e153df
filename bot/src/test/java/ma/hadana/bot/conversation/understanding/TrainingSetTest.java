package ma.hadana.bot.conversation.understanding;

import ma.hadana.bot.conversation.Intent;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ma.hadana.bot.conversation.understanding.model.LabelledMessage;
import ma.hadana.bot.conversation.understanding.model.LabelledMessages;
import org.junit.jupiter.api.Test;

class TrainingSetTest {

  private static final List<LabelledMessage> TRAINING = TrainedUnderstanding.trainingMessages();

  @Test
  void hasAtLeastTwentyFiveHundredMessages() {
    assertThat(TRAINING).hasSizeGreaterThanOrEqualTo(2500);
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
    Set<String> known = java.util.Arrays.stream(Intent.values()).filter(i -> !i.keywordOnly())
        .map(Intent::code).collect(Collectors.toSet());
    Set<String> used = TRAINING.stream().map(LabelledMessage::intent).collect(Collectors.toSet());
    assertThat(used).isEqualTo(known);
  }

  /**
   * Short replies ("3", "merci") may well recur; a repeated sentence would inflate the scores.
   * Every evaluation file is checked, the sealed held-out ones included (any {@code nlu/heldout*}
   * file on the test classpath), but a clash names only the training message's id, so that
   * nobody reads a sealed message while fixing it.
   */
  @Test
  void sharesNoSentenceWithTheEvaluationSets() throws Exception {
    Set<String> evaluated = new java.util.HashSet<>();
    for (String file : evaluationFiles()) {
      LabelledMessages.fromClasspath(file).forEach(m -> evaluated.add(m.text().strip()));
    }
    List<String> overlap = TRAINING.stream().filter(m -> evaluated.contains(m.text().strip()))
        .filter(m -> m.text().strip().split("\\s+").length > 2).map(LabelledMessage::id).toList();
    assertThat(overlap).as("training messages also in an evaluation set").isEmpty();
  }

  private static List<String> evaluationFiles() throws Exception {
    List<String> files = new java.util.ArrayList<>(List.of("nlu/dev_messages.jsonl"));
    java.net.URL folder = TrainingSetTest.class.getClassLoader().getResource("nlu");
    if (folder != null && "file".equals(folder.getProtocol())) {
      try (var listing = java.nio.file.Files.list(java.nio.file.Path.of(folder.toURI()))) {
        listing.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("heldout") && n.endsWith(".jsonl"))
            .sorted().forEach(n -> files.add("nlu/" + n));
      }
    }
    return files;
  }
}
