package dev.moat.ecosystem.npm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.analyze.AnalyzedFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YarnLockAnalyzerTest {

  private final YarnLockAnalyzer analyzer = new YarnLockAnalyzer();

  @Test
  void acceptsLockFilesOutsideNodeModules() {
    assertThat(analyzer.accepts("/app/yarn.lock", 1000)).isTrue();
    assertThat(analyzer.accepts("/yarn.lock", 1000)).isTrue();
    assertThat(analyzer.accepts("/app/node_modules/x/yarn.lock", 1000)).isFalse();
    assertThat(analyzer.accepts("/app/xyarn.lock", 1000)).isFalse();
    assertThat(analyzer.accepts("/app/yarn.lock", PackageLockAnalyzer.MAX_SIZE + 1)).isFalse();
  }

  @Test
  void analysesTheStreamedFile(@TempDir Path tmp) throws IOException {
    byte[] lock = LockFixtures.bytes("yarn-berry.lock");

    var findings = analyzer.analyze(new AnalyzedFile("/app/yarn.lock", lock.length, new ByteArrayInputStream(lock), tmp));

    assertThat(findings.packages()).hasSize(13).allSatisfy(p -> assertThat(p.path()).isEqualTo("/app/yarn.lock"));
  }
}
