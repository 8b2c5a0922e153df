package ma.hadana.bot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Each channel adapter stands alone; the outbox knows senders only through its interface. */
class ChannelsAreIndependentTest {

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("ma.hadana.bot");

  @Test
  void twilioAndTelegramDoNotKnowEachOther() {
    noClasses().that().resideInAPackage("ma.hadana.bot.channel.twilio..")
        .should().dependOnClassesThat().resideInAnyPackage("ma.hadana.bot.channel.telegram..", "org.telegram..")
        .check(classes);
    noClasses().that().resideInAPackage("ma.hadana.bot.channel.telegram..")
        .should().dependOnClassesThat().resideInAnyPackage("ma.hadana.bot.channel.twilio..", "com.twilio..")
        .check(classes);
  }

  @Test
  void theOutboxKnowsNoProvider() {
    noClasses().that().resideInAPackage("ma.hadana.bot.channel.outbox..")
        .should().dependOnClassesThat().resideInAnyPackage("ma.hadana.bot.channel.twilio..",
            "ma.hadana.bot.channel.telegram..", "com.twilio..", "org.telegram..")
        .check(classes);
  }
}
