package ma.hadana.bot.conversation.understanding.entity;

import java.util.List;
import ma.hadana.bot.conversation.understanding.text.NormalizedText;

/**
 * Reads the ages of one message for {@link AgeExtractor}; positions are token indexes. Units and
 * numbers are matched on tokens as written (Arabizi digits kept: "3am" is a year, "am" is not),
 * context words on their plain reading.
 */
final class AgeReading {

  /** Largest bare number read as years after "is" or "aged". */
  private static final int MAX_BARE_YEARS = 17;

  private final List<String> tokens;
  private final List<String> plain;
  private final AgeLexicon lexicon;

  AgeReading(NormalizedText text, AgeLexicon lexicon) {
    this.tokens = text.tokens();
    this.plain = text.plainTokens();
    this.lexicon = lexicon;
  }

  /** The age read around token {@code i} (its unit, or a bare number after a cue), or null. */
  ChildAge ageAt(int i) {
    Span span = unitAge(i);
    if (span == null) {
      span = bareNumberAge(i);
    }
    if (span == null || blockedBefore(span.start()) || blockedAfter(span.end())) {
      return null;
    }
    return ChildAge.ofMonths((int) Math.round(span.months()));
  }

  private record Span(double months, int start, int end) {}

  private Span unitAge(int i) {
    AgeLexicon.Unit unit = unit(i);
    if (unit == null) {
      return null;
    }
    int start = i;
    double count;
    Span amount = unit.alone() == 2 ? null : amountBefore(i);
    if (unit.alone() == 2) {
      count = 2;
    } else if (amount != null) {
      count = amount.months();
      start = amount.start();
    } else if (unit.alone() == 1) {
      count = 1;
    } else {
      return null;
    }
    int end = halfEnd(i + 1);
    boolean half = end > i + 1;
    if (half) {
      count += 0.5;
    }
    double months = count * unit.months();
    Span more = half ? null : smallerUnitAfter(end, unit.months());
    if (more != null) {
      months += more.months();
      end = more.end();
    }
    boolean bare = start == i && unit.alone() == 1 && !half && more == null;
    if (bare && !hasCue(start) && !(start == 0 && end == tokens.size())) {
      return null; // "سنة" alone in a sentence is a year, not an age
    }
    return new Span(months, start, end);
  }

  /** The unit at {@code i}: as written, with "و" (and) glued, or with "ال" after "ديال". */
  private AgeLexicon.Unit unit(int i) {
    String token = tokens.get(i);
    AgeLexicon.Unit unit = lexicon.units.get(token);
    if (unit == null && token.length() > 3 && token.charAt(0) == 'و') {
      unit = lexicon.units.get(token.substring(1));
    }
    if (unit == null && token.startsWith("ال") && i > 0 && lexicon.of.contains(plain.get(i - 1))) {
      unit = lexicon.units.get(token.substring(2));
    }
    return unit;
  }

  /** "سنة وشهرين", "1 an et 3 mois": a second age with a smaller unit right after. */
  private Span smallerUnitAfter(int end, int unitMonths) {
    if (end >= tokens.size()) {
      return null;
    }
    // "وشهرين", "وتلت شهور": "و" (and) glued to the unit or to its number
    boolean glued = tokens.get(end).charAt(0) == 'و' && (unit(end) != null || numberWord(end) != null);
    if (!glued && !lexicon.connectors.contains(plain.get(end))) {
      return null;
    }
    int next = glued ? end : end + 1;
    for (int j = next; j < Math.min(tokens.size(), next + 3); j++) {
      AgeLexicon.Unit unit = unit(j);
      if (unit != null) {
        if (unit.months() >= unitMonths) {
          return null;
        }
        Span amount = unit.alone() == 2 ? null : amountBefore(j);
        double count = unit.alone() == 2 ? 2 : amount != null ? amount.months() : unit.alone();
        return count > 0 && (amount == null || amount.start() == next) ? new Span(count * unit.months(), next, j + 1) : null;
      }
    }
    return null;
  }

  /** The number right before token {@code i} (skipping "ديال"), as a count of units. */
  private Span amountBefore(int i) {
    int last = i - 1;
    if (last >= 0 && lexicon.of.contains(plain.get(last))) {
      last--;
    }
    if (last < 0) {
      return null;
    }
    if (NormalizedText.isNumber(tokens.get(last))) {
      return new Span(Double.parseDouble(tokens.get(last)), last, i);
    }
    double sum = 0;
    int start = -1;
    for (int j = last; j >= 0; j--) {
      Integer value = numberWord(j);
      if (value != null && (!"a".equals(tokens.get(j)) || j == i - 1)) {
        sum += value;
        start = j;
      } else if (start < 0 || !lexicon.connectors.contains(plain.get(j))) {
        break;
      }
    }
    return start < 0 ? null : new Span(sum, start, i);
  }

  /** Value of the number word at {@code j}, also with "و" or "ال" glued to it. */
  private Integer numberWord(int j) {
    String token = tokens.get(j);
    Integer value = lexicon.numbers.get(token);
    if (value == null && token.length() > 3 && token.charAt(0) == 'و') {
      token = token.substring(1);
      value = lexicon.numbers.get(token);
    }
    if (value == null && token.length() > 3 && token.startsWith("ال")) {
      value = lexicon.numbers.get(token.substring(2));
    }
    return value;
  }

  /** "she is 3", "aged 2 and a half", "في الثالثة من عمره": a number read as years. */
  private Span bareNumberAge(int i) {
    String token = tokens.get(i);
    boolean digits = NormalizedText.isNumber(token);
    Integer value = digits || "a".equals(token) ? null : numberWord(i);
    if (!digits && value == null) {
      return null;
    }
    double years = digits ? Double.parseDouble(token) : value;
    int ofAgeEnd = phraseEnd(lexicon.ofAge, i + 1);
    if (ofAgeEnd > i + 1) {
      return new Span(12 * years, i, ofAgeEnd);
    }
    if (years > MAX_BARE_YEARS || !afterBareCue(i) || (i + 1 < tokens.size() && isAnyUnit(i + 1))) {
      return null;
    }
    int end = halfEnd(i + 1);
    return new Span(12 * (years + (end > i + 1 ? 0.5 : 0)), i, end);
  }

  private boolean afterBareCue(int i) {
    return (i >= 1 && lexicon.bareCues.contains(plain.get(i - 1)))
        || (i >= 2 && lexicon.bareCues.contains(plain.get(i - 2) + " " + plain.get(i - 1)));
  }

  private boolean isAnyUnit(int i) {
    return unit(i) != null || lexicon.otherUnits.contains(tokens.get(i))
        || NormalizedText.isNumber(tokens.get(i));
  }

  private int halfEnd(int from) {
    return phraseEnd(lexicon.halves, from);
  }

  /** Index after the first of {@code phrases} found at {@code from}, else {@code from}. */
  private int phraseEnd(List<List<String>> phrases, int from) {
    for (List<String> phrase : phrases) {
      if (from + phrase.size() <= plain.size() && plain.subList(from, from + phrase.size()).equals(phrase)) {
        return from + phrase.size();
      }
    }
    return from;
  }

  private boolean hasCue(int start) {
    for (int k = Math.max(0, start - 2); k < start; k++) {
      if (lexicon.cues.contains(plain.get(k))) {
        return true;
      }
    }
    return false;
  }

  private boolean blockedBefore(int start) {
    for (List<String> phrase : lexicon.notBefore) {
      int from = start - phrase.size();
      if (from >= 0 && plain.subList(from, start).equals(phrase)) {
        return true;
      }
    }
    return false;
  }

  private boolean blockedAfter(int end) {
    return end < plain.size() && lexicon.notAfter.contains(plain.get(end));
  }
}
