package dev.moat.ecosystem.golang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BuildInfoScannerTest {

  private static Optional<BuildInfo> scanWithPrefix(int prefix) throws IOException {
    byte[] info = GoBinaryAnalyzerTest.resource("esbuild-0.19.12.buildinfo");
    byte[] file = new byte[prefix + info.length];
    System.arraycopy(info, 0, file, prefix, info.length);
    return BuildInfoScanner.scan(new ByteArrayInputStream(file), Optional.empty(), Optional.empty());
  }

  @Test
  void readsTheInlineFormatAnywhereOnA16ByteBoundary() throws IOException {
    // (1 MiB - 16) puts the header at the end of the first read chunk, its strings in the next
    for (int prefix : new int[] {0, 4096, (1 << 20) - 16, (1 << 20) + 32}) {
      BuildInfo info = scanWithPrefix(prefix).orElseThrow();
      assertThat(info.goVersion()).isEqualTo("go1.20.12");
      assertThat(info.modInfo()).startsWith("path\tgithub.com/evanw/esbuild/cmd/esbuild\nmod\t")
          .endsWith("build\tvcs.modified=false\n");
    }
  }

  @Test
  void ignoresTheMagicOffA16ByteBoundary() throws IOException {
    assertThat(scanWithPrefix(8)).isEmpty();
  }

  @Test
  void dropsModInfoWithoutItsSentinels() {
    assertThat(BuildInfoScanner.stripSentinels("path\tx\n".getBytes())).isEmpty();
  }
}
