package ma.hadana.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import ma.hadana.bot.conversation.place.PlaceResolver;
import ma.hadana.bot.conversation.understanding.MessageUnderstanding;
import ma.hadana.bot.conversation.understanding.UnderstandingModels;
import ma.hadana.bot.conversation.understanding.model.LabelledMessage;
import ma.hadana.bot.conversation.understanding.model.LabelledMessages;
import ma.hadana.registry.gazetteer.Gazetteer;
import ma.hadana.registry.gazetteer.PlaceIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Message understanding speed on one core: {@code understand} (normalise, language, intent, age,
 * filters) over the 2,649 training messages in turn, in messages per second; {@code interpret},
 * the same plus place resolution without its cache (the whole interpretation of a message); and
 * {@code loadModels}, the cold start-up cost of reading the shipped models in a fresh JVM, in
 * milliseconds. Run from the repository root:
 * <pre>
 * ./mvnw -q -pl bench -am package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp bench/target/classes:$(cat bench/target/cp.txt) org.openjdk.jmh.Main UnderstandingBenchmark
 * </pre>
 */
@Threads(1)
@Fork(value = 1, jvmArgsAppend = "-XX:ActiveProcessorCount=1")
public class UnderstandingBenchmark {

  /** The loaded pipeline and the messages to feed it, one after the other. */
  @State(Scope.Thread)
  public static class Messages {
    MessageUnderstanding understanding;
    PlaceResolver places;
    String[] texts;
    int next;

    @Setup
    public void setUp() {
      understanding = UnderstandingModels.load();
      Gazetteer gazetteer = new Gazetteer();
      places = new PlaceResolver(gazetteer, new PlaceIndex(gazetteer));
      List<String> all = new ArrayList<>();
      for (String file : List.of("nlu/train/latin.jsonl", "nlu/train/arabic.jsonl", "nlu/train/extra.jsonl")) {
        for (LabelledMessage m : LabelledMessages.fromClasspath(file)) {
          all.add(m.text());
        }
      }
      texts = all.toArray(new String[0]);
    }

    String nextText() {
      String text = texts[next];
      next = next + 1 == texts.length ? 0 : next + 1;
      return text;
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public Object understand(Messages messages) {
    return messages.understanding.understand(messages.nextText());
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  public Object interpret(Messages messages) {
    String text = messages.nextText();
    return new Object[] {messages.understanding.understand(text), messages.places.resolveUncached(text, null)};
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Fork(value = 5, jvmArgsAppend = "-XX:ActiveProcessorCount=1")
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public MessageUnderstanding loadModels() {
    return UnderstandingModels.load();
  }
}
