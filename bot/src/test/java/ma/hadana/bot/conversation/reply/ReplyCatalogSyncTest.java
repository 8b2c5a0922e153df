package ma.hadana.bot.conversation.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every reply bundle says everything the French one says, with the same placeholders. */
class ReplyCatalogSyncTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
  private final ReplyCatalog catalog = new ReplyCatalog();

  @ParameterizedTest
  @EnumSource(ReplyVariant.class)
  void everyBundleHasExactlyTheFrenchKeys(ReplyVariant v) {
    assertThat(catalog.keys(v)).isEqualTo(catalog.keys(ReplyVariant.FR));
  }

  @ParameterizedTest
  @EnumSource(ReplyVariant.class)
  void everySentenceKeepsThePlaceholdersOfTheFrenchOne(ReplyVariant v) {
    for (String key : catalog.keys(ReplyVariant.FR)) {
      String fr = ReplyCatalog.load(ReplyVariant.FR).getProperty(key);
      String other = ReplyCatalog.load(v).getProperty(key);
      assertThat(other).as("%s in %s", key, v.tag()).isNotBlank();
      assertThat(placeholders(other)).as("%s in %s", key, v.tag()).isEqualTo(placeholders(fr));
    }
  }

  @Test
  void latinBundlesFitGsm7OnceFolded() {
    for (ReplyVariant v : new ReplyVariant[] {ReplyVariant.FR, ReplyVariant.EN, ReplyVariant.ARY_LATN}) {
      for (String key : catalog.keys(v)) {
        if (key.equals("unknown.language") || key.equals("referral.unknown.any")) {
          continue; // the trilingual fallbacks carry Arabic on purpose
        }
        String folded = SmsEncoding.foldToGsm(catalog.text(v, key));
        assertThat(SmsEncoding.encodingOf(folded)).as("%s in %s", key, v.tag())
            .isEqualTo(SmsEncoding.Encoding.GSM_7);
      }
    }
  }

  private static Set<String> placeholders(String s) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(s);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
