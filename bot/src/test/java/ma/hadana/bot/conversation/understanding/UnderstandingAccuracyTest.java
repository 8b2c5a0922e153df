package ma.hadana.bot.conversation.understanding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import ma.hadana.bot.conversation.understanding.model.LabelledMessage;
import ma.hadana.bot.conversation.understanding.model.LabelledMessages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Measures understanding on messages the models never trained on (the dev set, and on request
 * the team's sealed held-out sets), prints language, intent, age and filter accuracy per file and per language
 * with the main confusions, and fails below floors set a few points under the measured values.
 */
class UnderstandingAccuracyTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(textBlock = """
      # Floors a few points under the values measured on 2026-12-04 (dev, after extra.jsonl):
      #   dev             language 98.6, intent 98.9, age 100,  filters 100
      #   5-fold CV       language 96.5, intent 93.4, age 99.7, filters 98.6 (CrossValidationTest)
      # The held-out rows keep the floors set before that work: the sets are sealed and measured
      # only on request (-Dnlu.heldout=true), so no one tunes against them by accident.
      # file,                       language, intent, age,  filters
      nlu/dev_messages.jsonl,         0.95,     0.95,   0.95, 0.95
      nlu/heldout-latin.jsonl,        0.95,     0.85,   0.95, 0.92
      nlu/heldout-arabic.jsonl,       0.92,     0.85,   0.93, 0.90
      """)
  void staysAboveFloorsOnUnseenMessages(String file, double language, double intent, double age, double filters) {
    assumeTrue(!file.contains("heldout") || Boolean.getBoolean("nlu.heldout"),
        "held-out sets are sealed: measured only on request, -Dnlu.heldout=true");
    List<LabelledMessage> messages = LabelledMessages.fromClasspath(file);
    assumeFalse(messages.isEmpty(), file + " is not there yet");
    MessageUnderstanding nlu = TrainedUnderstanding.get();
    AccuracyReport report = AccuracyReport.of(file, messages, nlu::understand);
    System.out.println(report.summary(Boolean.getBoolean("nlu.errors")));
    assertThat(report.languageAccuracy()).as("language accuracy on " + file).isGreaterThanOrEqualTo(language);
    assertThat(report.intentAccuracy()).as("intent accuracy on " + file).isGreaterThanOrEqualTo(intent);
    assertThat(report.ageAccuracy()).as("age accuracy on " + file).isGreaterThanOrEqualTo(age);
    assertThat(report.filterAccuracy()).as("filter accuracy on " + file).isGreaterThanOrEqualTo(filters);
  }
}
