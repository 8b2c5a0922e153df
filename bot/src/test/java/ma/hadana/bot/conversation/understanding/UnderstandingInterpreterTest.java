package ma.hadana.bot.conversation.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import ma.hadana.bot.conversation.Filter;
import ma.hadana.bot.conversation.Intent;
import ma.hadana.bot.conversation.Interpreter;
import ma.hadana.bot.conversation.Language;
import ma.hadana.bot.conversation.Obstacle;
import ma.hadana.bot.conversation.Understanding;
import org.junit.jupiter.api.Test;

class UnderstandingInterpreterTest {

  private final Interpreter interpreter = new UnderstandingInterpreter(TrainedUnderstanding.get());

  @Test
  void answersTheCorePortForASearchInArabizi() {
    Understanding u = interpreter.understand("bghit creche fabor f sla, wldi 3ndo 3am w nos");
    assertThat(u.language()).isEqualTo(Language.ARY);
    assertThat(u.latinScript()).isTrue();
    assertThat(u.intent()).isEqualTo(Intent.FIND);
    assertThat(u.ageMonths()).isEqualTo(18);
    assertThat(u.filters()).containsExactly(Filter.FREE);
  }

  @Test
  void passesObstacleSwitchTargetAndChoice() {
    assertThat(interpreter.understand("trop cher, 3000 dh par mois").obstacle()).isEqualTo(Obstacle.COST);
    assertThat(interpreter.understand("in English please").switchTo()).isEqualTo(Language.EN);
    assertThat(interpreter.understand("n°3").number()).isEqualTo(3);
  }

  @Test
  void leavesTheLanguageOpenForAMessageWithoutLetters() {
    Understanding u = interpreter.understand("👍");
    assertThat(u.language()).isNull();
    assertThat(u.confidence()).isZero();
  }

  @Test
  void neverThrows() {
    assertThat(interpreter.understand(null).intent()).isEqualTo(Intent.UNKNOWN);
  }
}
