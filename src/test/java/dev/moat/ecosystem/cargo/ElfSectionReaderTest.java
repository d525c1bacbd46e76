package dev.moat.ecosystem.cargo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElfSectionReaderTest {

  @TempDir Path dir;

  @Test
  void recognisesTheElfMagic() throws IOException {
    assertThat(ElfSectionReader.isElf(Arrays.copyOf(bytes("true-no-section"), 4))).isTrue();
    assertThat(ElfSectionReader.isElf(Arrays.copyOf(bytes("Cargo.lock"), 4))).isFalse();
    assertThat(ElfSectionReader.isElf(new byte[] {0x7f, 'E'})).isFalse();
  }

  @Test
  void readsANamedSection() throws IOException {
    try (FileChannel channel = FileChannel.open(copy("true-no-section"))) {
      // readelf -p .gnu_debuglink: the 52-byte section starts with the debug file's name
      byte[] debuglink = ElfSectionReader.read(channel, ".gnu_debuglink", 1024).orElseThrow();
      assertThat(debuglink).hasSize(0x34);
      assertThat(new String(debuglink, 0, 44, StandardCharsets.US_ASCII))
          .isEqualTo("9156ebdabf859f4ee70cb0c303004dccf1ae51.debug");
      assertThat(ElfSectionReader.read(channel, ".dep-v0", 1024)).isEmpty();
      assertThat(ElfSectionReader.read(channel, ".gnu_debug", 1024)).isEmpty(); // prefixes do not match
    }
  }

  @Test
  void refusesASectionLargerThanTheBound() throws IOException {
    try (FileChannel channel = FileChannel.open(copy("auditable-true"))) {
      assertThat(ElfSectionReader.read(channel, ".dep-v0", 1 << 20)).get().satisfies(s -> assertThat(s).hasSize(0x3ce));
      assertThat(ElfSectionReader.read(channel, ".dep-v0", 100)).isEmpty();
    }
  }

  @Test
  void failsOnATruncatedFile() throws IOException {
    Path truncated = dir.resolve("truncated");
    Files.write(truncated, Arrays.copyOf(bytes("true-no-section"), 4096));
    try (FileChannel channel = FileChannel.open(truncated)) {
      assertThatThrownBy(() -> ElfSectionReader.read(channel, ".dep-v0", 1024)).isInstanceOf(IOException.class);
    }
  }

  private Path copy(String resource) throws IOException {
    Path file = dir.resolve(resource);
    Files.write(file, bytes(resource));
    return file;
  }

  private byte[] bytes(String resource) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(resource)) {
      return in.readAllBytes();
    }
  }
}
