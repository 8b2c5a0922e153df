package ma.hadana.bot.conversation.understanding.entity;

import java.util.Optional;
import ma.hadana.bot.conversation.understanding.text.NormalizedText;
import ma.hadana.bot.conversation.understanding.text.TextNormalizer;

/**
 * Reads a child's age in months: a number (digits or words, in French, English, Arabic, Spanish
 * and both Darija scripts) before an age unit ("18 mois", "deux ans", "٣ سنوات", "3 3am",
 * "10 chhour", "two-year-old"), a dual word ("عامين", "سنتين", "3amin"), a lone singular unit
 * after an age cue ("عندو عام"), an Arabic ordinal before "من عمره", a number after "is" or
 * "aged"; each with an optional half ("1 an et demi", "عام ونص", "3am w nos") or a second,
 * smaller unit ("سنة وشهرين"). Numbers without an age unit are never ages ("3000 dh",
 * "2 enfants", "8h", phone numbers), nor dates and durations ("العام الجاي", "l3am jay",
 * "depuis 2 ans", "2 mois d'attente"). Word lists: {@code age-units.tsv},
 * {@code number-words.tsv}, {@code age-context.tsv}.
 */
public final class AgeExtractor {

  private final AgeLexicon lexicon;

  public AgeExtractor(TextNormalizer normalizer) {
    this.lexicon = new AgeLexicon(normalizer);
  }

  /** The first plausible age in the message, else the first age at all, else empty. */
  public Optional<ChildAge> extract(NormalizedText text) {
    AgeReading reading = new AgeReading(text, lexicon);
    ChildAge first = null;
    for (int i = 0; i < text.size(); i++) {
      ChildAge age = reading.ageAt(i);
      if (age != null && age.plausible()) {
        return Optional.of(age);
      }
      if (first == null) {
        first = age;
      }
    }
    return Optional.ofNullable(first);
  }
}
