package dev.moat.ecosystem.nuget;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.sbom.Package;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DepsJsonAnalyzerTest {

  private static final String PATH = "/app/dotnet-nswag.deps.json";

  private final DepsJsonAnalyzer analyzer = new DepsJsonAnalyzer();

  @Test
  void acceptsDepsJsonOnly() {
    assertThat(analyzer.accepts(PATH, 12617)).isTrue();
    assertThat(analyzer.accepts("/app/dotnet-nswag.runtimeconfig.json", 300)).isFalse();
    assertThat(analyzer.accepts("/app/deps.json.bak", 300)).isFalse();
  }

  @Test
  void reportsPackageLibrariesWithTheirDependencies() throws IOException {
    List<Package> packages;
    try (var in = getClass().getResourceAsStream("dotnet-nswag.deps.json")) {
      packages = analyzer.analyze(new AnalyzedFile(PATH, 12617, in, Path.of("x"))).packages();
    }
    // 13 "package" libraries; the 10 "project" ones (dotnet-nswag, NSwag.Core, ...) are the app itself
    assertThat(packages).extracting(Package::key).containsExactly("Fluid.Core@2.30.0", "Namotion.Reflection@3.5.0",
        "Newtonsoft.Json@13.0.3", "NJsonSchema@11.6.1", "NJsonSchema.Annotations@11.6.1",
        "NJsonSchema.CodeGeneration@11.6.1", "NJsonSchema.CodeGeneration.CSharp@11.6.1",
        "NJsonSchema.CodeGeneration.TypeScript@11.6.1", "NJsonSchema.NewtonsoftJson@11.6.1",
        "NJsonSchema.Yaml@11.6.1", "Parlot@1.4.0", "TimeZoneConverter@7.0.0", "YamlDotNet@16.3.0");
    Map<String, Package> byName = packages.stream().collect(Collectors.toMap(Package::name, p -> p));
    assertThat(byName.get("NJsonSchema").dependsOn())
        .containsExactly("NJsonSchema.Annotations@11.6.1", "Namotion.Reflection@3.5.0", "Newtonsoft.Json@13.0.3");
    assertThat(byName.get("Fluid.Core").dependsOn()).containsExactly("Parlot@1.4.0", "TimeZoneConverter@7.0.0");
    assertThat(byName.get("YamlDotNet").dependsOn()).isEmpty();
    assertThat(packages).allSatisfy(p -> {
      assertThat(p.type()).isEqualTo("nuget");
      assertThat(p.path()).isEqualTo(PATH);
    });
  }
}
