package dev.moat.version;

import dev.moat.ecosystem.debian.DebianVersion;
import dev.moat.ecosystem.maven.MavenVersion;
import dev.moat.ecosystem.npm.NpmVersion;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Cost of the hottest comparisons in matching; run {@link #main} on the test classpath (surefire
 * skips {@code *Benchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class VersionCompareBenchmark {

  private final VersionScheme deb = new DebianVersion();
  private final VersionScheme semver = new NpmVersion();
  private final VersionScheme maven = new MavenVersion();

  @Benchmark
  public int dpkg() {
    return deb.compare("1:2.36.1-8+deb12u1", "1:2.36.1-8~bpo11+1");
  }

  @Benchmark
  public int semver() {
    return semver.compare("4.17.21", "4.17.21-rc.1");
  }

  @Benchmark
  public int maven() {
    return maven.compare("2.15.0-rc1", "2.15.0.Final");
  }

  public static void main(String[] args) throws RunnerException {
    new Runner(new OptionsBuilder().include(VersionCompareBenchmark.class.getSimpleName()).build())
        .run();
  }
}
