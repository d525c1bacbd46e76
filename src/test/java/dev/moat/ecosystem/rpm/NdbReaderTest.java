package dev.moat.ecosystem.rpm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NdbReaderTest {

  @TempDir Path tempDir;

  @Test
  void readsOneBlobPerUsedSlot() throws IOException {
    List<byte[]> blobs = RpmTestData.blobs(NdbReader::read, RpmTestData.SLE_NDB);

    assertThat(blobs).hasSize(35);
    assertThat(RpmHeaderParser.parse(blobs.get(0)).name()).isNotEmpty();
  }

  @Test
  void rejectsOtherFormats() {
    assertThatThrownBy(() -> NdbReader.read(RpmTestData.path(RpmTestData.LIBUUID_BDB), b -> { }))
        .isInstanceOf(IOException.class).hasMessageContaining("not an rpm NDB database");
  }

  @Test
  void aTruncatedDatabaseIsAnIoException() throws IOException {
    byte[] whole = Files.readAllBytes(RpmTestData.path(RpmTestData.SLE_NDB));
    Path truncated = tempDir.resolve("Packages.db");
    Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));

    assertThatThrownBy(() -> NdbReader.read(truncated, b -> { })).isInstanceOf(IOException.class);
  }
}
