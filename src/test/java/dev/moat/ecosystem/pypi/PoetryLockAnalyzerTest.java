package dev.moat.ecosystem.pypi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.sbom.Package;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PoetryLockAnalyzerTest {

  private final PoetryLockAnalyzer analyzer = new PoetryLockAnalyzer();

  @Test
  void acceptsPoetryLockOnly() {
    assertThat(analyzer.accepts("/app/poetry.lock", 89946)).isTrue();
    assertThat(analyzer.accepts("/app/poetry.lock.bak", 10)).isFalse();
    assertThat(analyzer.accepts("/app/Cargo.lock", 10)).isFalse();
  }

  @Test
  void reportsMainPackagesWithTheirDependencies() throws IOException {
    Map<String, Package> byName = analyze("poetry.lock");
    // rich 13.3.1's lock has 63 packages, 26 of them category "dev"
    assertThat(byName).hasSize(37);
    assertThat(byName).doesNotContainKeys("black", "pytest", "attrs", "asv");
    assertThat(byName.get("pyzmq").key()).isEqualTo("pyzmq@25.0.0");
    assertThat(byName.get("pyzmq").dependsOn()).containsExactly("cffi@1.15.1");
    assertThat(byName.get("markdown-it-py").dependsOn()).containsExactly("mdurl@0.1.2", "typing-extensions@4.4.0");
    assertThat(byName.get("jupyter-client").dependsOn()).hasSize(7).contains("python-dateutil@2.8.2", "tornado@6.2");
    assertThat(byName.get("pygments").dependsOn()).isEmpty();
    assertThat(byName.get("pywin32").version()).isEqualTo("305");
    assertThat(byName.values()).allSatisfy(p -> {
      assertThat(p.type()).isEqualTo("pypi");
      assertThat(p.path()).isEqualTo("/src/poetry.lock");
    });
  }

  @Test
  void everyDependencyIsAReportedPackage() throws IOException {
    Map<String, Package> byName = analyze("poetry.lock");
    var keys = byName.values().stream().map(Package::key).collect(Collectors.toSet());
    assertThat(byName.values()).flatMap(Package::dependsOn).allSatisfy(k -> assertThat(keys).contains(k));
  }

  private Map<String, Package> analyze(String resource) throws IOException {
    try (var in = getClass().getResourceAsStream(resource)) {
      List<Package> packages = analyzer.analyze(new AnalyzedFile("/src/poetry.lock", 0, in, Path.of("unused"))).packages();
      return packages.stream().collect(Collectors.toMap(Package::name, Function.identity()));
    }
  }
}
