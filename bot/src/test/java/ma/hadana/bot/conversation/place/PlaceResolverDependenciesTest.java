package ma.hadana.bot.conversation.place;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class PlaceResolverDependenciesTest {

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("ma.hadana.bot.conversation.place");

  @Test
  void knowsNoChannelAndNoWebLayer() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "com.twilio..", "org.telegram..", "org.springframework.web..", "ma.hadana.bot.api..")
        .check(classes);
  }
}
