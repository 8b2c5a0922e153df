package ma.hadana.bot.channel;

import java.util.Locale;
import java.util.Set;
import ma.hadana.bot.conversation.Intent;
import ma.hadana.bot.conversation.Interpreter;
import ma.hadana.bot.conversation.Language;
import ma.hadana.bot.conversation.Understanding;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A stand-in for the one collaborator of the core not merged yet (nlu): a keyword interpreter.
 * Places and searches are the real gazetteer's and index's. Deterministic, so channel tests can
 * assert replies end to end through the real {@code Conversation}, stores and PostgreSQL.
 * Remove once main provides the real interpreter.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ScriptedUnderstanding {

  @Bean
  Interpreter scriptedInterpreter() {
    return ScriptedUnderstanding::understand;
  }

  static Understanding understand(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.isEmpty()) {
      return new Understanding(null, true, 0, Intent.UNKNOWN, null, null, null, Set.of(), null);
    }
    boolean arabic = t.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC);
    Language lang = arabic ? Language.AR
        : Set.of("hello", "help", "more", "start").contains(t) ? Language.EN : Language.FR;
    Intent intent = Intent.UNKNOWN;
    Integer number = null;
    if (Set.of("stop", "arret", "توقف").contains(t)) {
      intent = Intent.STOP;
    } else if (Set.of("start", "ابدأ", "ابدا", "reprendre").contains(t)) {
      intent = Intent.START;
    } else if (Set.of("help", "aide", "مساعدة").contains(t)) {
      intent = Intent.HELP;
    } else if (Set.of("bonjour", "hello", "salam", "السلام عليكم", "مرحبا").contains(t)) {
      intent = Intent.GREETING;
    } else if (Set.of("plus", "more", "المزيد").contains(t)) {
      intent = Intent.MORE;
    } else if (t.matches("[0-9]{1,2}")) {
      intent = Intent.DETAILS;
      number = Integer.parseInt(t);
    } else if (t.contains("maarif") || t.contains("المعاريف") || t.contains("creche") || t.contains("crèche")) {
      intent = Intent.FIND;
    }
    Integer age = t.matches(".*\\b([0-9]) (ans|years)\\b.*")
        ? Integer.parseInt(t.replaceAll(".*\\b([0-9]) (ans|years)\\b.*", "$1")) * 12 : null;
    return new Understanding(lang, !arabic, 0.9, intent, null, null, age, Set.of(), number);
  }
}
