package dev.moat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moat.scan.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/moat} as users run it: the first run of a command records the JVM's start-up cache
 * without a word on stdout or stderr, later runs use it, and every run prints the same report.
 */
class LauncherIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path work;

  record Run(int exitCode, String stdout, String stderr) {}

  @Test
  void theStartUpCacheIsWrittenOnceAndNeverTouchesTheOutput() throws Exception {
    String image = "oci-archive:" + Fixtures.file("app.oci.tar");
    Run first = launch("sbom", image);
    assertThat(first.exitCode()).as(first.stderr()).isZero();
    assertThat(first.stderr()).isEmpty();
    List<Path> caches = startUpCaches();
    assertThat(caches).as("one start-up cache for the sbom command").hasSize(1);
    assertThat(caches.getFirst().getFileName().toString()).endsWith(javaMajor() >= 25 ? "-sbom.aot" : "-sbom.jsa");
    try (Stream<Path> files = Files.list(work.resolve("cache/cds"))) {
      assertThat(files.filter(f -> f.toString().contains(".aotconf") || f.toString().matches(".*\\.\\d+\\.aot")))
          .as("no record or temp file left behind").isEmpty();
    }

    Run second = launch("sbom", image);
    assertThat(second.exitCode()).as(second.stderr()).isZero();
    assertThat(second.stderr()).isEmpty();
    assertThat(withoutRunIdentity(second.stdout())).isEqualTo(withoutRunIdentity(first.stdout()));
    assertThat(startUpCaches()).isEqualTo(caches);
  }

  @Test
  void aFailedFirstRunLeavesNoCacheAndKeepsItsErrorAndExitCode() throws Exception {
    Run run = launch("sbom", "oci-archive:" + work.resolve("missing.tar"));
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.stdout()).isEmpty();
    assertThat(run.stderr().strip()).startsWith("moat: error:").contains("missing.tar").doesNotContain("\n");
    assertThat(startUpCaches()).isEmpty();
  }

  private List<Path> startUpCaches() throws IOException {
    Path dir = work.resolve("cache/cds");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().matches(".*-[a-z]+\\.(aot|jsa)")).sorted().toList();
    }
  }

  /** The serial number and timestamp differ per run by design. */
  private static JsonNode withoutRunIdentity(String bom) throws IOException {
    ObjectNode tree = (ObjectNode) JSON.readTree(bom);
    tree.remove("serialNumber");
    ((ObjectNode) tree.path("metadata")).remove("timestamp");
    return tree;
  }

  private static int javaMajor() {
    return Runtime.version().feature();
  }

  private Run launch(String... args) throws Exception {
    Path launcher = Path.of("bin/moat").toAbsolutePath();
    List<String> command = new java.util.ArrayList<>(List.of("bash", launcher.toString()));
    command.addAll(List.of(args));
    Path out = work.resolve("out.txt");
    Path err = work.resolve("err.txt");
    ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().put("MOAT_CACHE_DIR", work.resolve("cache").toString());
    pb.environment().put("MOAT_JAR", System.getProperty("moat.jar"));
    // The launcher picks the JDK running these tests, so the cache kind matches javaMajor().
    pb.environment().put("MOAT_JAVA", ProcessHandle.current().info().command().orElseThrow());
    Process process = pb.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("bin/moat did not finish: " + command);
    }
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
