package dev.moat.ecosystem.golang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElfImageTest {

  private static Path extractEsbuild(Path dir) throws IOException {
    try (TarArchiveInputStream tgz = new TarArchiveInputStream(new GzipCompressorInputStream(
        ElfImageTest.class.getResourceAsStream("esbuild-linux-32-0.13.15.tgz")))) {
      for (TarArchiveEntry e = tgz.getNextEntry(); e != null; e = tgz.getNextEntry()) {
        if (e.getName().equals("package/bin/esbuild")) {
          Path out = dir.resolve("esbuild");
          Files.copy(tgz, out);
          return out;
        }
      }
    }
    throw new AssertionError("no esbuild in the tarball");
  }

  @Test
  void followsAVirtualAddressToTheGoStringItNames(@TempDir Path tmp) throws IOException {
    Path binary = extractEsbuild(tmp);
    byte[] bytes = Files.readAllBytes(binary);
    int header = indexOf(bytes, "\u00ff Go buildinf:".getBytes(StandardCharsets.ISO_8859_1));
    long versionPointer = Integer.toUnsignedLong(ByteBuffer.wrap(bytes, header + 16, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());

    try (ElfImage elf = ElfImage.open(binary)) {
      assertThat(new String(elf.readGoString(versionPointer, 4, 64), StandardCharsets.UTF_8)).isEqualTo("go1.17.2");
      assertThatThrownBy(() -> elf.readGoString(0x10, 4, 64)).isInstanceOf(IOException.class);
    }
  }

  @Test
  void rejectsAFileThatIsNotElf(@TempDir Path tmp) throws IOException {
    Path text = Files.writeString(tmp.resolve("x"), "not an ELF file");
    assertThatThrownBy(() -> ElfImage.open(text)).isInstanceOf(IOException.class);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i += 16) {
      for (int k = 0; k < needle.length; k++) {
        if (haystack[i + k] != needle[k]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("no build info header");
  }
}
