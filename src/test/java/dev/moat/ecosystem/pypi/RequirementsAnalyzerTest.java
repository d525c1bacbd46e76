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
  void skipsEditableInstallsRangesAndUnpinnedNames() throws IOException {
    assertThat(analyze("requests-requirements-dev.txt")).extracting(Package::key).containsExactly("pytest-httpbin@2.0.0");
  }

  @Test
  void skipsRangesUnderMarkers() throws IOException {
    assertThat(analyze("boto-requirements.txt")).extracting(Package::key)
        .containsExactly("simplejson@3.6.5", "argparse@1.2.1");
  }

  @Test
  void normalisesTheNameAndKeepsTheDeclaredOne() throws IOException {
    List<Package> packages = analyze("requests-docs-requirements.txt"); // a comment header, then Sphinx==7.2.6
    assertThat(packages).extracting(Package::key).containsExactly("sphinx@7.2.6");
    assertThat(packages.getFirst().properties()).isEqualTo(Map.of("declaredName", "Sphinx"));
  }

  private List<Package> analyze(String resource) throws IOException {
    try (var in = getClass().getResourceAsStream(resource)) {
      return analyzer.analyze(new AnalyzedFile("/opt/requirements.txt", 0, in, Path.of("x"))).packages();
    }
  }
}
