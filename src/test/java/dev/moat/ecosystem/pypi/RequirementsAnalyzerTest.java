package dev.moat.ecosystem.pypi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.sbom.Package;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequirementsAnalyzerTest {

  private final RequirementsAnalyzer analyzer = new RequirementsAnalyzer();

  @Test
  void acceptsRequirementsFilesByName() {
    assertThat(analyzer.accepts("/app/requirements.txt", 100)).isTrue();
    assertThat(analyzer.accepts("/app/requirements-test.txt", 100)).isTrue();
    assertThat(analyzer.accepts("/requirements.txt", 100)).isTrue();
    assertThat(analyzer.accepts("/app/dev-requirements.txt", 100)).isFalse();
    assertThat(analyzer.accepts("/app/requirements.in", 100)).isFalse();
    assertThat(analyzer.accepts("/app/requirements/base.txt", 100)).isFalse();
  }

  @Test
  void reportsPinnedLinesIgnoringMarkers() throws IOException {
    try (var in = getClass().getResourceAsStream("requirements-test.txt")) {
      List<Package> packages = analyzer.analyze(
          new AnalyzedFile("/opt/httplib2/requirements-test.txt", 358, in, Path.of("x"))).packages();
      assertThat(packages).extracting(Package::key).containsExactly(
          "cryptography@35.0.0", "flake8@3.9.2", "future@0.16.0", "mock@2.0.0", "pytest-cov@2.12.1",
          "pytest-forked@1.3.0", "pytest-randomly@1.2.3", "pytest-timeout@1.4.2", "pytest-xdist@1.34.0",
          "pytest@4.6.11", "pytest@6.1.2", "pytest@6.2.5", "six@1.10.0");
      assertThat(packages).allSatisfy(p -> assertThat(p.path()).isEqualTo("/opt/httplib2/requirements-test.txt"));
    }
  }

  @Test
  void skipsRangesOptionsAndComments() {
    // lines as they appear in the gsutil requirements files shipped by google-cloud-cli
    assertThat(RequirementsAnalyzer.pinned("boto>=2.29.1", "/r.txt")).isEmpty();
    assertThat(RequirementsAnalyzer.pinned("# Extra requirements only needed for testing", "/r.txt")).isEmpty();
    assertThat(RequirementsAnalyzer.pinned("rsa>=4.1; python_version >= '3.5'", "/r.txt")).isEmpty();
    assertThat(RequirementsAnalyzer.pinned("-r requirements.txt", "/r.txt")).isEmpty();
    assertThat(RequirementsAnalyzer.pinned("Django==4.*", "/r.txt")).isEmpty();
    Package pinned = RequirementsAnalyzer.pinned("PyYAML==6.0.1 --hash=sha256:abc  # via x", "/r.txt").orElseThrow();
    assertThat(pinned.key()).isEqualTo("pyyaml@6.0.1");
    assertThat(pinned.properties()).isEqualTo(Map.of("declaredName", "PyYAML"));
  }
}
