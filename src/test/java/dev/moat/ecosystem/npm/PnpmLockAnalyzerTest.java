package dev.moat.ecosystem.npm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.analyze.AnalyzedFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PnpmLockAnalyzerTest {

  private final PnpmLockAnalyzer analyzer = new PnpmLockAnalyzer();

  @Test
  void acceptsLockFilesOutsideNodeModules() {
    assertThat(analyzer.accepts("/app/pnpm-lock.yaml", 1000)).isTrue();
    assertThat(analyzer.accepts("/pnpm-lock.yaml", 1000)).isTrue();
    assertThat(analyzer.accepts("/app/node_modules/x/pnpm-lock.yaml", 1000)).isFalse();
    assertThat(analyzer.accepts("/app/xpnpm-lock.yaml", 1000)).isFalse();
    assertThat(analyzer.accepts("/app/pnpm-lock.yaml", PackageLockAnalyzer.MAX_SIZE + 1)).isFalse();
  }

  @Test
  void analysesTheStreamedFile(@TempDir Path tmp) throws IOException {
    byte[] lock = LockFixtures.bytes("pnpm-lock-v9.yaml");

    var findings = analyzer.analyze(new AnalyzedFile("/app/pnpm-lock.yaml", lock.length, new ByteArrayInputStream(lock), tmp));

    assertThat(findings.packages()).hasSize(12).allSatisfy(p -> assertThat(p.path()).isEqualTo("/app/pnpm-lock.yaml"));
  }
}
