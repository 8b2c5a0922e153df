package ma.hadana.bot.conversation.understanding;

import ma.hadana.bot.conversation.Filter;
import ma.hadana.bot.conversation.Intent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.hadana.bot.conversation.understanding.model.LabelledMessage;

/**
 * Scores understanding against labelled messages: language and intent accuracy overall and per
 * language, age and filter exact-match rates, and the most frequent confusions.
 */
final class AccuracyReport {

  private final String name;
  private final Tally language = new Tally();
  private final Tally intent = new Tally();
  private final Tally age = new Tally();
  private final Tally filters = new Tally();
  private final Map<String, Tally> languageByLang = new TreeMap<>();
  private final Map<String, Tally> intentByLang = new TreeMap<>();
  private final Map<String, Tally> intentByLabel = new TreeMap<>();
  private final Map<String, Tally> languageByScript = new TreeMap<>();
  private final Map<String, Integer> confusions = new TreeMap<>();
  private final StringBuilder errors = new StringBuilder();
  private int withoutLetters;

  private AccuracyReport(String name) {
    this.name = name;
  }

  static AccuracyReport of(String name, List<LabelledMessage> messages, Function<String, Understanding> understand) {
    AccuracyReport report = empty(name);
    report.addAll(messages, understand);
    return report;
  }

  /** A report with nothing counted yet, to fill fold by fold. */
  static AccuracyReport empty(String name) {
    return new AccuracyReport(name);
  }

  /** Counts each message as understood by {@code understand}. */
  void addAll(List<LabelledMessage> messages, Function<String, Understanding> understand) {
    for (LabelledMessage m : messages) {
      add(m, understand.apply(m.text()));
    }
  }

  private void add(LabelledMessage m, Understanding u) {
    boolean turn = m.id().contains("#"); // a dialogue turn's lang label is the dialogue's, not the message's
    String gotIntent = u.intentType().code();
    boolean intentOk = gotIntent.equals(m.intent());
    if (intentOk && u.intentType() == Intent.LANG_SWITCH && m.filters().containsKey("to")) {
      String target = u.intent().langSwitchTarget() == null ? "?" : u.intent().langSwitchTarget().code();
      intentOk = target.equals(m.filters().get("to"));
      gotIntent = "lang_switch->" + target;
    }
    intent.add(intentOk);
    intentByLang.computeIfAbsent(m.lang(), k -> new Tally()).add(intentOk);
    intentByLabel.computeIfAbsent(m.intent(), k -> new Tally()).add(intentOk);
    if (!intentOk) {
      confusions.merge("intent " + m.intent() + " -> " + gotIntent, 1, Integer::sum);
      errors.append(String.format("  intent %-12s got %-16s %s | %s%n", m.intent(), gotIntent, m.id(), m.text()));
    }
    if (!turn) {
      addLanguage(m, u);
      boolean ageOk = java.util.Objects.equals(m.ageMonths(), u.ageMonths());
      age.add(ageOk);
      if (!ageOk) {
        errors.append(String.format("  age    %-12s got %-16s %s | %s%n", m.ageMonths(), u.ageMonths(), m.id(), m.text()));
      }
      Set<String> want = m.filters().keySet().stream().filter(k -> !"to".equals(k)).collect(Collectors.toSet());
      Set<String> got = u.filters().stream().map(Filter::code).collect(Collectors.toSet());
      filters.add(want.equals(got));
      if (!want.equals(got)) {
        errors.append(String.format("  filter %-12s got %-16s %s | %s%n", want, got, m.id(), m.text()));
      }
    }
  }

  /**
   * A message without letters (emoji, digits, "?") has no language to read: the pipeline says so
   * (confidence 0) and the dialogue keeps the sender's, so it is counted apart, not scored.
   */
  private void addLanguage(LabelledMessage m, Understanding u) {
    if (u.normalized().hasNoLetters()) {
      withoutLetters++;
      return;
    }
    boolean langOk = u.language().code().equals(m.lang());
    language.add(langOk);
    languageByLang.computeIfAbsent(m.lang(), k -> new Tally()).add(langOk);
    languageByScript.computeIfAbsent(m.script(), k -> new Tally()).add(langOk);
    if (!langOk) {
      confusions.merge("lang " + m.lang() + " -> " + u.language().code(), 1, Integer::sum);
      errors.append(String.format("  lang   %-12s got %-16s %s | %s%n", m.lang(), u.language().code(), m.id(), m.text()));
    }
  }

  double languageAccuracy() {
    return language.rate();
  }

  double intentAccuracy() {
    return intent.rate();
  }

  /** Language accuracy on the messages labelled {@code lang} (1 when there are none). */
  double languageAccuracy(String lang) {
    return languageByLang.getOrDefault(lang, new Tally()).rate();
  }

  /** Intent accuracy on the messages written in {@code lang} (1 when there are none). */
  double intentAccuracy(String lang) {
    return intentByLang.getOrDefault(lang, new Tally()).rate();
  }

  double ageAccuracy() {
    return age.rate();
  }

  double filterAccuracy() {
    return filters.rate();
  }

  /** The printed summary; {@code withErrors} adds one line per wrong answer. */
  String summary(boolean withErrors) {
    StringBuilder out = new StringBuilder();
    out.append(String.format("== %s: %d messages%n", name, intent.total));
    out.append(String.format("   language %s   intent %s   age %s   filters %s%n",
        language, intent, age, filters));
    out.append(String.format("   %d messages without letters: no language read, the dialogue keeps the sender's%n",
        withoutLetters));
    for (String lang : intentByLang.keySet()) {
      out.append(String.format("   %-4s language %s   intent %s%n", lang,
          languageByLang.getOrDefault(lang, new Tally()), intentByLang.get(lang)));
    }
    out.append("   language by script:");
    languageByScript.forEach((script, tally) -> out.append(String.format(" %s %s", script, tally)));
    out.append(System.lineSeparator());
    out.append("   intent recall:");
    intentByLabel.forEach((label, tally) -> out.append(String.format(" %s %s", label, tally)));
    out.append(System.lineSeparator());
    out.append("   confusions:");
    confusions.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(12)
        .forEach(e -> out.append(String.format(" [%s ×%d]", e.getKey(), e.getValue())));
    out.append(System.lineSeparator());
    if (withErrors) {
      out.append(errors);
    }
    return out.toString();
  }

  private static final class Tally {
    private int right;
    private int total;

    void add(boolean ok) {
      total++;
      if (ok) {
        right++;
      }
    }

    double rate() {
      return total == 0 ? 1 : (double) right / total;
    }

    @Override
    public String toString() {
      return String.format("%5.1f%% (%d/%d)", 100 * rate(), right, total);
    }
  }
}
