package dev.moat.ecosystem.composer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.sbom.Package;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ComposerLockAnalyzerTest {

  private final ComposerLockAnalyzer analyzer = new ComposerLockAnalyzer();

  @Test
  void acceptsComposerLockOnly() {
    assertThat(analyzer.accepts("/var/www/composer.lock", 85673)).isTrue();
    assertThat(analyzer.accepts("/var/www/composer.json", 2000)).isFalse();
  }

  @Test
  void reportsRuntimePackagesOnly() throws IOException {
    List<Package> packages;
    try (var in = getClass().getResourceAsStream("composer.lock")) {
      packages = analyzer.analyze(new AnalyzedFile("/var/www/composer.lock", 85673, in, Path.of("x"))).packages();
    }
    // Composer 2.5.5's own lock: 28 packages, and 6 packages-dev (phpstan, symfony/phpunit-bridge, ...)
    assertThat(packages).hasSize(28);
    Map<String, Package> byName = packages.stream().collect(Collectors.toMap(Package::name, p -> p));
    assertThat(byName).doesNotContainKeys("phpstan/phpstan", "symfony/phpunit-bridge");
    Package console = byName.get("symfony/console");
    assertThat(console.type()).isEqualTo("composer");
    assertThat(console.version()).isEqualTo("5.4.21");
    assertThat(console.properties()).isEqualTo(Map.of("declaredVersion", "v5.4.21"));
    assertThat(console.licenses()).containsExactly("MIT");
    assertThat(console.dependsOn()).containsExactly("symfony/deprecation-contracts@2.5.2",
        "symfony/polyfill-mbstring@1.27.0", "symfony/polyfill-php73@1.27.0", "symfony/polyfill-php80@1.27.0",
        "symfony/service-contracts@2.5.2", "symfony/string@5.4.21");
    assertThat(byName.get("composer/ca-bundle").key()).isEqualTo("composer/ca-bundle@1.3.5");
    assertThat(byName.get("composer/ca-bundle").dependsOn()).isEmpty(); // php and ext-* are platform packages
    assertThat(byName.get("composer/xdebug-handler").dependsOn()).containsExactly("composer/pcre@2.1.0", "psr/log@1.1.4");
    assertThat(byName.get("react/promise").version()).isEqualTo("2.9.0");
  }
}
