package ma.hadana.bot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The conversation core knows no channel provider: adapters translate at the edge. */
class ConversationIsChannelNeutralTest {

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("ma.hadana.bot");

  @Test
  void conversationImportsNoTwilioOrTelegramCode() {
    noClasses()
        .that().resideInAPackage("ma.hadana.bot.conversation..")
        .should().dependOnClassesThat().resideInAnyPackage("com.twilio..", "org.telegram..")
        .check(classes);
  }

  @Test
  void conversationDoesNotReachIntoChannelsOrWeb() {
    noClasses()
        .that().resideInAPackage("ma.hadana.bot.conversation..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("ma.hadana.bot.channel..", "ma.hadana.bot.simulator..",
            "org.springframework.web..", "jakarta.servlet..")
        .check(classes);
  }
}
