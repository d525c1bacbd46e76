package dev.moat.ecosystem.rubygems;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.sbom.Package;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GemfileLockAnalyzerTest {

  private final GemfileLockAnalyzer analyzer = new GemfileLockAnalyzer();

  @Test
  void acceptsGemfileLockOnly() {
    assertThat(analyzer.accepts("/app/Gemfile.lock", 15539)).isTrue();
    assertThat(analyzer.accepts("/app/Gemfile", 1000)).isFalse();
  }

  @Test
  void readsGemSpecsWithDependencies() throws IOException {
    Map<String, Package> byName = analyze("Gemfile.lock");
    assertThat(byName).hasSize(37).doesNotContainKey("releaser"); // releaser is a PATH gem
    assertThat(byName.get("thin").key()).isEqualTo("thin@1.8.2");
    assertThat(byName.get("thin").dependsOn()).containsExactly("daemons@1.4.1", "eventmachine@1.2.7", "rack@2.2.10");
    assertThat(byName.get("activesupport").dependsOn()).hasSize(10).contains("tzinfo@2.0.6", "i18n@1.14.6");
    assertThat(byName.get("rake").dependsOn()).isEmpty();
    assertThat(byName.values()).allSatisfy(p -> {
      assertThat(p.type()).isEqualTo("gem");
      assertThat(p.path()).isEqualTo("/app/Gemfile.lock");
      assertThat(p.properties()).isEmpty();
    });
  }

  @Test
  void skipsGitAndPathGemsAndMergesPlatformVariants() throws IOException {
    Map<String, Package> byName = analyze("rails-Gemfile.lock");
    assertThat(byName).hasSize(193);
    assertThat(byName).doesNotContainKeys("queue_classic", "redis-namespace", "actioncable", "rails");
    assertThat(byName.get("sqlite3").key()).isEqualTo("sqlite3@1.7.3");
    assertThat(byName.get("sqlite3").properties())
        .isEqualTo(Map.of("platforms", "aarch64-linux,arm64-darwin,x86_64-darwin"));
    assertThat(byName.get("nokogiri").dependsOn()).containsExactly("mini_portile2@2.5.3", "racc@1.5.2");
    assertThat(byName.get("sidekiq").dependsOn()).containsExactly("connection_pool@2.2.5", "rack@2.2.10", "redis@4.2.5");
  }

  private Map<String, Package> analyze(String resource) throws IOException {
    try (var in = getClass().getResourceAsStream(resource)) {
      List<Package> packages = analyzer.analyze(new AnalyzedFile("/app/Gemfile.lock", 0, in, Path.of("x"))).packages();
      assertThat(packages).extracting(Package::key).doesNotHaveDuplicates();
      return packages.stream().collect(Collectors.toMap(Package::name, p -> p));
    }
  }
}
