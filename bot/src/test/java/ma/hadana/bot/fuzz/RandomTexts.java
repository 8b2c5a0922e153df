package ma.hadana.bot.fuzz;

import java.util.Random;

/**
 * Hostile random texts from a seeded {@link Random}: mixed scripts, bidi controls, combining
 * marks, emoji (ZWJ sequences, flags), NUL and other controls, lone surrogates, real keywords and
 * place names, and now and then 10,000 characters.
 */
public final class RandomTexts {

  private static final String[] WORDS = {"stop", "supprimer", "plus", "maarif", "casa", "sidi",
      "moumen", "2 ans", "3am", "creche", "وقف", "احذف", "المعاريف", "الدار البيضاء", "سنين",
      "bghit", "f", "n°3", "٣", "؟", "1.", "gratuit", "public", "rja3 sift"};
  private static final int[][] RANGES = {
      {'a', 'z'}, {'A', 'Z'}, {'0', '9'}, {0x0621, 0x064A}, {0x064B, 0x0652}, {0x0660, 0x0669},
      {0x06F0, 0x06F9}, {0x0300, 0x036F}, {0x200B, 0x200F}, {0x202A, 0x202E}, {0x2066, 0x2069},
      {0x1F600, 0x1F64F}, {0x1F1E6, 0x1F1FF}, {0x2D30, 0x2D7F}, {0x4E00, 0x4E20}, {0x00C0, 0x00FF},
      {0x0000, 0x001F}, {0xD800, 0xDFFF}, {0xFE70, 0xFEFF}, {0xFFF0, 0xFFFF}, {' ', '/'}};

  private final Random random;

  public RandomTexts(long seed) {
    this.random = new Random(seed);
  }

  /** The next text: usually short, sometimes 10,000 characters. */
  public String next() {
    int length = random.nextInt(20) == 0 ? 10_000 : random.nextInt(160);
    StringBuilder sb = new StringBuilder(length + 16);
    while (sb.length() < length) {
      switch (random.nextInt(6)) {
        case 0 -> sb.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        case 1 -> sb.append("\u200D").appendCodePoint(0x1F468).append("\u200D").appendCodePoint(0x1F467);
        default -> {
          int[] r = RANGES[random.nextInt(RANGES.length)];
          int cp = r[0] + random.nextInt(r[1] - r[0] + 1);
          if (cp >= 0xD800 && cp <= 0xDFFF) {
            sb.append((char) cp); // a lone surrogate: broken UTF-16 as some gateways send it
          } else {
            sb.appendCodePoint(cp);
          }
        }
      }
    }
    return sb.toString();
  }
}
