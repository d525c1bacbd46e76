package dev.moat.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.sbom.Package;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayerCacheTest {

  @TempDir Path root;

  private final LayerAnalysis analysis = new LayerAnalysis(TestImages.diffId(7),
      Map.of("/a/package.json", FileFindings.packages(List.of(Package.of("npm", "a", "1.0.0", "/a/package.json")
          .withProperties(Map.of("k", "v"))))),
      List.of("/gone"), List.of("/opaque"), List.of(), List.of("w"));

  @Test
  void storedAnalysisReadsBackEqual() {
    LayerCache cache = new LayerCache(root, "fp");
    cache.put(analysis);
    assertThat(cache.get(analysis.diffId())).contains(analysis);
  }

  @Test
  void differentFingerprintDoesNotSeeTheEntry() {
    new LayerCache(root, "fp").put(analysis);
    assertThat(new LayerCache(root, "other").get(analysis.diffId())).isEmpty();
  }

  @Test
  void corruptEntryIsAMissAndLeavesNoTempFiles() throws Exception {
    LayerCache cache = new LayerCache(root, "fp");
    cache.put(analysis);
    Path entry;
    try (Stream<Path> files = Files.walk(root)) {
      entry = files.filter(p -> p.toString().endsWith(".bin.gz")).findFirst().orElseThrow();
    }
    Files.write(entry, new byte[] {1, 2, 3});
    assertThat(cache.get(analysis.diffId())).isEmpty();
    try (Stream<Path> files = Files.walk(root)) {
      assertThat(files.filter(p -> p.getFileName().toString().startsWith(".tmp-"))).isEmpty();
    }
  }
}
