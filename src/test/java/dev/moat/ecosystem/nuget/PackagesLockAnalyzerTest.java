package dev.moat.ecosystem.nuget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** No real packages.lock.json could be obtained here (see SOURCE.md): only path selection is tested. */
class PackagesLockAnalyzerTest {

  private final PackagesLockAnalyzer analyzer = new PackagesLockAnalyzer();

  @Test
  void acceptsPackagesLockJsonOnly() {
    assertThat(analyzer.accepts("/src/App/packages.lock.json", 5000)).isTrue();
    assertThat(analyzer.accepts("/src/App/package-lock.json", 5000)).isFalse();
    assertThat(analyzer.accepts("/src/App/packages.lock.json", 1L << 40)).isFalse();
  }
}
