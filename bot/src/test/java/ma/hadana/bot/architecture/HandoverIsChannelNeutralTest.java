package ma.hadana.bot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The conversation core calls the handover package, so the part it calls stays channel-neutral:
 * only the console's inbox (never called by the core) queues messages in the outbox.
 */
class HandoverIsChannelNeutralTest {

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("ma.hadana.bot");

  @Test
  void whatTheCoreCallsKnowsNoChannel() {
    noClasses().that().haveFullyQualifiedName("ma.hadana.bot.handover.Handovers")
        .or().haveFullyQualifiedName("ma.hadana.bot.handover.HandoverStore")
        .should().dependOnClassesThat().resideInAnyPackage("ma.hadana.bot.channel..",
            "com.twilio..", "org.telegram..", "org.springframework.web..")
        .check(classes);
  }

  @Test
  void theCoreNeverUsesTheConsolesInbox() {
    noClasses().that().resideInAPackage("ma.hadana.bot.conversation..")
        .should().dependOnClassesThat().haveFullyQualifiedName("ma.hadana.bot.handover.Inbox")
        .check(classes);
  }
}
