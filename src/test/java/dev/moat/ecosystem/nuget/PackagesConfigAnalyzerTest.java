package dev.moat.ecosystem.nuget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.sbom.Package;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackagesConfigAnalyzerTest {

  private static final String PATH = "/src/Newtonsoft.Json.Tests/packages.config";

  private final PackagesConfigAnalyzer analyzer = new PackagesConfigAnalyzer();

  @Test
  void acceptsPackagesConfigOnly() {
    assertThat(analyzer.accepts(PATH, 400)).isTrue();
    assertThat(analyzer.accepts("/src/app.config", 400)).isFalse();
  }

  @Test
  void readsEveryPackageOfAFileWithAByteOrderMark() throws IOException {
    List<Package> packages;
    try (var in = getClass().getResourceAsStream("packages.config")) {
      packages = analyzer.analyze(new AnalyzedFile(PATH, 400, in, Path.of("x"))).packages();
    }
    assertThat(packages).extracting(Package::key).containsExactly(
        "Autofac@3.5.0", "FSharp.Core@4.0.0", "NUnit@2.6.2", "System.Collections.Immutable@1.1.33-beta");
    assertThat(packages).allSatisfy(p -> {
      assertThat(p.type()).isEqualTo("nuget");
      assertThat(p.properties()).isEqualTo(Map.of("targetFramework", "net45"));
    });
  }
}
