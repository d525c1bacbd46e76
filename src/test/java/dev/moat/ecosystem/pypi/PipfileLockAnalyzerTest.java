package dev.moat.ecosystem.pypi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.sbom.Package;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipfileLockAnalyzerTest {

  private final PipfileLockAnalyzer analyzer = new PipfileLockAnalyzer();

  @Test
  void acceptsPipfileLockOnly() {
    assertThat(analyzer.accepts("/srv/rsa/Pipfile.lock", 18220)).isTrue();
    assertThat(analyzer.accepts("/srv/rsa/Pipfile", 300)).isFalse();
  }

  @Test
  void reportsTheDefaultSectionOnly() throws IOException {
    try (var in = getClass().getResourceAsStream("Pipfile.lock")) {
      List<Package> packages = analyzer.analyze(new AnalyzedFile("/srv/rsa/Pipfile.lock", 18220, in, Path.of("x"))).packages();
      // the 41 "develop" entries (sphinx, pytest, ...) are not installed in production
      assertThat(packages).extracting(Package::key).containsExactly("pyasn1@0.4.4");
      assertThat(packages.getFirst().type()).isEqualTo("pypi");
      assertThat(packages.getFirst().path()).isEqualTo("/srv/rsa/Pipfile.lock");
    }
  }
}
