package dev.moat.ecosystem.npm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.analyze.AnalyzedFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageLockAnalyzerTest {

  private final PackageLockAnalyzer analyzer = new PackageLockAnalyzer();

  @Test
  void acceptsLockFilesOutsideNodeModules() {
    assertThat(analyzer.accepts("/app/package-lock.json", 1000)).isTrue();
    assertThat(analyzer.accepts("/package-lock.json", 1000)).isTrue();
    assertThat(analyzer.accepts("/app/node_modules/x/package-lock.json", 1000)).isFalse();
    assertThat(analyzer.accepts("/app/xpackage-lock.json", 1000)).isFalse();
    assertThat(analyzer.accepts("/app/package-lock.json", PackageLockAnalyzer.MAX_SIZE + 1)).isFalse();
  }

  @Test
  void analysesTheStreamedFile(@TempDir Path tmp) throws IOException {
    byte[] lock = LockFixtures.bytes("package-lock-v3.json");

    var findings = analyzer.analyze(new AnalyzedFile("/app/package-lock.json", lock.length, new ByteArrayInputStream(lock), tmp));

    assertThat(findings.packages()).hasSize(12).allSatisfy(p -> assertThat(p.path()).isEqualTo("/app/package-lock.json"));
  }
}
