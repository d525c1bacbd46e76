package dev.moat.secret;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Secret scanning throughput on the fixture app image, decompressed in memory first so that only
 * the scanner is measured: {@code scanImage} passes every regular file of both layers (accepted or
 * not) through {@link SecretScanner#scan}; {@code scanAcceptedOnly} only the files it accepts by
 * path; {@code scanTextOnly} only those it reads to the end.
 * Run: {@code java -cp <test classpath> -Dmoat.fixtures=/tmp/moat-fixtures dev.moat.secret.SecretScannerBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class SecretScannerBenchmark {

  private record ImageFile(String path, byte[] content) {}

  private final SecretScanner scanner = new SecretScanner();
  private final List<ImageFile> files = new ArrayList<>();
  private final List<ImageFile> accepted = new ArrayList<>();
  private final List<ImageFile> text = new ArrayList<>();

  @Setup
  public void load() throws IOException {
    Path fixtures = FixtureLayers.fixtures();
    long[] totals = new long[3];
    for (Path layer : FixtureLayers.layers(fixtures, "app")) {
      FixtureLayers.walk(layer, (path, size, content) -> {
        ImageFile file = new ImageFile(path, content.readAllBytes());
        files.add(file);
        totals[0] += file.content().length;
        if (scanner.accepts(path, size)) {
          accepted.add(file);
          totals[1] += file.content().length;
          if (!hasNul(file.content())) {
            text.add(file);
            totals[2] += file.content().length;
          }
        }
      });
    }
    System.out.printf("%n%d files, %.1f MB; %d accepted, %.1f MB; %d text, %.1f MB%n",
        files.size(), totals[0] / 1e6, accepted.size(), totals[1] / 1e6, text.size(), totals[2] / 1e6);
  }

  private static boolean hasNul(byte[] content) {
    for (int i = 0; i < Math.min(content.length, 8000); i++) {
      if (content[i] == 0) {
        return true;
      }
    }
    return false;
  }

  @Benchmark
  public int scanImage() throws IOException {
    return scanAll(files);
  }

  @Benchmark
  public int scanAcceptedOnly() throws IOException {
    return scanAll(accepted);
  }

  /** The files the scanner reads to the end: accepted and not binary. */
  @Benchmark
  public int scanTextOnly() throws IOException {
    return scanAll(text);
  }

  private int scanAll(List<ImageFile> list) throws IOException {
    int findings = 0;
    for (ImageFile file : list) {
      findings += scanner.scan(file.path(), file.content().length, new ByteArrayInputStream(file.content())).size();
    }
    return findings;
  }

  public static void main(String[] args) throws Exception {
    new Runner(new OptionsBuilder()
        .include(SecretScannerBenchmark.class.getSimpleName())
        .jvmArgsAppend("-Dmoat.fixtures=" + System.getProperty("moat.fixtures", "/tmp/moat-fixtures"))
        .build()).run();
  }
}
