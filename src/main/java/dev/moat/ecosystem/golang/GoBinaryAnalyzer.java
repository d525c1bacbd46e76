package dev.moat.ecosystem.golang;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.analyze.FileAnalyzer;
import dev.moat.analyze.FileFindings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the Go toolchain ({@code stdlib}), main module and dependencies compiled into ELF
 * executables, from the build information the Go linker embeds, without running them.
 */
public final class GoBinaryAnalyzer implements FileAnalyzer {

  /** Bigger files are skipped: even large Go binaries (kubectl, terraform) stay well below. */
  static final long MAX_SIZE = 300L << 20;
  private static final long MIN_SIZE = 4096;
  private static final int HEAD = 64 << 10;
  private static final String[] NOT_EXECUTABLE_DIRS = {
    "/usr/share/", "/usr/include/", "/etc/", "/var/lib/", "/var/cache/", "/var/log/", "/proc/", "/sys/", "/dev/",
  };

  @Override
  public String name() {
    return "gobinary";
  }

  @Override
  public int version() {
    return 1;
  }

  /**
   * Files without an extension outside data directories: the path cannot tell a Go binary, and
   * {@link #analyze} rejects anything that is not ELF after reading four bytes.
   */
  @Override
  public boolean accepts(String path, long size) {
    if (size < MIN_SIZE || size > MAX_SIZE) {
      return false;
    }
    for (int i = path.length() - 1; i >= 0; i--) {
      char c = path.charAt(i);
      if (c == '/') {
        break;
      }
      if (c == '.') {
        return false;
      }
    }
    for (String dir : NOT_EXECUTABLE_DIRS) {
      if (path.startsWith(dir)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public FileFindings analyze(AnalyzedFile file) throws IOException {
    InputStream in = file.content();
    byte[] magic = in.readNBytes(4);
    if (magic.length < 4 || magic[0] != 0x7f || magic[1] != 'E' || magic[2] != 'L' || magic[3] != 'F') {
      return FileFindings.NONE;
    }
    byte[] rest = in.readNBytes(HEAD - 4);
    byte[] head = new byte[4 + rest.length];
    System.arraycopy(magic, 0, head, 0, 4);
    System.arraycopy(rest, 0, head, 4, rest.length);
    InputStream whole = new SequenceInputStream(new ByteArrayInputStream(head), in);
    Optional<BuildInfo> info;
    if (hasGoBuildIdNote(head)) {
      // only Go-built files may need the seekable copy that the pre-1.18 format requires
      Path copy = Files.createTempFile(file.tempDir(), "gobinary", ".elf");
      try (OutputStream out = Files.newOutputStream(copy)) {
        info = BuildInfoScanner.scan(whole, Optional.of(out), Optional.of(copy));
      } finally {
        Files.deleteIfExists(copy);
      }
    } else {
      info = BuildInfoScanner.scan(whole, Optional.empty(), Optional.empty());
    }
    return info.map(i -> FileFindings.packages(ModInfoParser.packages(i, file.path()))).orElse(FileFindings.NONE);
  }

  /**
   * The Go linker writes an ELF note named "Go" of type 4 (the Go build ID) near the start of
   * every binary it links (cmd/link/internal/ld/elf.go).
   */
  static boolean hasGoBuildIdNote(byte[] head) {
    for (int i = 0; i + 16 <= head.length; i += 4) {
      if (head[i + 12] == 'G' && head[i + 13] == 'o' && head[i + 14] == 0 && head[i + 15] == 0
          && head[i] == 4 && head[i + 1] == 0 && head[i + 8] == 4 && head[i + 9] == 0) {
        return true;
      }
    }
    return false;
  }
}
