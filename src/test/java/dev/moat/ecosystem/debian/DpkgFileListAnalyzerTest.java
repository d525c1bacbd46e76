package dev.moat.ecosystem.debian;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.analyze.FileFindings;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DpkgFileListAnalyzerTest {

  private final DpkgFileListAnalyzer analyzer = new DpkgFileListAnalyzer();

  @Test
  void acceptsListFilesAndDistrolessMd5sums() {
    assertThat(analyzer.accepts("/var/lib/dpkg/info/bash.list", 1)).isTrue();
    assertThat(analyzer.accepts("/var/lib/dpkg/info/libc6:amd64.list", 1)).isTrue();
    assertThat(analyzer.accepts("/var/lib/dpkg/status.d/libc6.md5sums", 1)).isTrue();
    assertThat(analyzer.accepts("/var/lib/dpkg/info/bash.md5sums", 1)).isFalse();
    assertThat(analyzer.accepts("/var/lib/dpkg/info/bash.postinst", 1)).isFalse();
    assertThat(analyzer.accepts("/var/lib/dpkg/status.d/libc6", 1)).isFalse();
    assertThat(analyzer.accepts("/var/lib/dpkg/status", 1)).isFalse();
    assertThat(analyzer.accepts("/usr/share/doc/x.list", 1)).isFalse();
  }

  @Test
  void listFilesGiveAbsolutePathsWithoutTheRoot() throws IOException {
    FileFindings findings = analyzer.analyze(DebianTestData.file("/var/lib/dpkg/info/bash.list", "info/bash.list"));

    List<String> expected = DebianTestData.lines("info/bash.list").stream().filter(l -> !l.equals("/.")).toList();
    assertThat(findings.ownedFiles()).containsExactlyElementsOf(expected).contains("/bin/bash");
    assertThat(findings.packages()).isEmpty();
  }

  @Test
  void md5sumsGiveTheSameFilesAsTheListWithoutDirectories() throws IOException {
    FileFindings md5 = analyzer.analyze(
        DebianTestData.file("/var/lib/dpkg/status.d/tzdata.md5sums", "status.d/tzdata.md5sums"));
    FileFindings list = analyzer.analyze(DebianTestData.file("/var/lib/dpkg/info/tzdata.list", "info/tzdata.list"));

    assertThat(md5.ownedFiles()).isNotEmpty().allMatch(p -> p.startsWith("/usr/share/"));
    assertThat(list.ownedFiles()).containsAll(md5.ownedFiles());
  }
}
