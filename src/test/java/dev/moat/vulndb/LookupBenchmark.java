package dev.moat.vulndb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Lookup latency of {@link VulnerabilityDatabase}. By default on a database built from the test
 * excerpts; pass {@code -Dmoat.benchmark.db=FILE} for a real one (e.g. built from the whole data pack).
 * Run: {@code java -cp target/test-classes:target/classes:<deps> dev.moat.vulndb.LookupBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class LookupBenchmark {

  @Param({"Go/stdlib", "crates.io/libwebp-sys2", "Alpine:v3.20/zlib", "npm/no-such-package"})
  public String pkg;

  private VulnerabilityDatabase db;
  private Path temp;

  @Setup(Level.Trial)
  public void open() throws Exception {
    String given = System.getProperty("moat.benchmark.db");
    Path file;
    if (given != null) {
      file = Path.of(given);
    } else {
      temp = Files.createTempDirectory("moat-bench");
      file = temp.resolve("moat.db");
      TestFeeds.buildAll(file);
    }
    db = VulnerabilityDatabase.open(file);
  }

  @Benchmark
  public List<Advisory> advisories() {
    int slash = pkg.lastIndexOf('/');
    return db.advisories(pkg.substring(0, slash), pkg.substring(slash + 1));
  }

  @Benchmark
  public boolean knownExploited() {
    return db.knownExploited("GHSA-jfh8-c2jp-5v3q");
  }

  @TearDown(Level.Trial)
  public void close() {
    db.close();
  }

  public static void main(String[] args) throws Exception {
    new Runner(new OptionsBuilder().include(LookupBenchmark.class.getSimpleName()).build()).run();
  }
}
