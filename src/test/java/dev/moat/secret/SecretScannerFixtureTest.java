package dev.moat.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Streams the real fixture image's layers through the scanner, one thread per layer as the engine does. */
class SecretScannerFixtureTest {

  private final SecretScanner scanner = new SecretScanner();

  @Test
  void findsThePlantedSecretOfTheAppImage() throws Exception {
    Path fixtures = FixtureLayers.fixtures();
    List<String[]> truth = Files.readAllLines(fixtures.resolve("truth/secrets.tsv")).stream()
        .filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
    List<SecretFinding> findings = Collections.synchronizedList(new ArrayList<>());
    AtomicLong allBytes = new AtomicLong();
    AtomicLong scannedBytes = new AtomicLong();

    long start = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    for (Path layer : FixtureLayers.layers(fixtures, "app")) {
      threads.add(Thread.ofPlatform().start(() -> {
        try {
          allBytes.addAndGet(FixtureLayers.walk(layer, (path, size, content) -> {
            if (scanner.accepts(path, size)) {
              scannedBytes.addAndGet(size);
              findings.addAll(scanner.scan(path, size, content));
            }
          }));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }));
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;

    System.out.printf("secret scan of app image: %d findings, %.1f MB in files, %.1f MB read by rules, %.2f s with gunzip%n",
        findings.size(), allBytes.get() / 1e6, scannedBytes.get() / 1e6, seconds);
    findings.stream().sorted(java.util.Comparator.comparing(SecretFinding::path).thenComparing(SecretFinding::startLine))
        .forEach(f -> System.out.printf("  %-8s %-28s %s:%d  %s%n", f.severity(), f.ruleId(), f.path(), f.startLine(), f.maskedLine()));

    assertThat(truth).isNotEmpty();
    for (String[] secret : truth) {
      assertThat(findings).as("finding %s in %s", secret[2], secret[1])
          .anySatisfy(f -> {
            assertThat(f.path()).isEqualTo(secret[1]);
            assertThat(f.ruleId()).isEqualTo(secret[2]);
          });
    }
    SecretScannerTest.assertMasked(findings, "AKIA2E0A8F3B244C9986");
    SecretScannerTest.assertMasked(findings, "Tq3WcJ9rV1fZ8mXo2LbN7eKs5YuHd4Pg6AiQz0Cw");
  }
}
