package ma.hadana.bot.conversation.place;

import java.util.List;
import ma.hadana.registry.gazetteer.PlaceNames;

/**
 * One word of a message as the place matcher sees it.
 *
 * @param forms canonical spellings to try, the main one first (Arabizi digits mapped, a glued
 *     Darija article or Arabic proclitic removed as extra forms)
 * @param stop a common word: matched only exactly and never alone
 * @param numeric only digits
 * @param afterGeneric a generic quarter word (hay, quartier, derb, حي...) came just before
 * @param afterLocative a word such as "f", "à", "in", "في" came just before
 */
record Token(
    List<String> forms, boolean stop, boolean numeric, boolean afterGeneric, boolean afterLocative) {

  String main() {
    return forms.get(0);
  }

  /** True when a word before says a place follows ("f", "à", "hay"...). */
  boolean announced() {
    return afterGeneric || afterLocative;
  }

  /** True when the word is in Arabic letters. */
  boolean arabic() {
    return PlaceNames.isArabic(main().charAt(0));
  }

  /** True when the word may be typo-corrected or glued to the next one. */
  boolean content() {
    return !stop && !numeric;
  }
}
