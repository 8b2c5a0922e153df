package ma.hadana.bot.conversation.understanding;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

@AnalyzeClasses(packages = "ma.hadana.bot.conversation.understanding", importOptions = ImportOption.DoNotIncludeTests.class)
class UnderstandingArchitectureTest {

  @ArchTest
  static final ArchRule knowsNoChannel = noClasses()
      .should().dependOnClassesThat().resideInAnyPackage("com.twilio..", "org.telegram..", "org.springframework.web..");

  @ArchTest
  static final ArchRule subPackagesHaveNoCycles = SlicesRuleDefinition.slices()
      .matching("ma.hadana.bot.conversation.understanding.(*)..")
      .should().beFreeOfCycles();
}
