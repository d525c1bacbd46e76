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

class BerkeleyDbReaderTest {

  @TempDir Path tempDir;

  @Test
  void reassemblesTheOnePackageHeaderFromItsOverflowPages() throws IOException {
    List<byte[]> blobs = RpmTestData.blobs(BerkeleyDbReader::read, RpmTestData.LIBUUID_BDB);

    assertThat(blobs).hasSize(1);
    assertThat(RpmHeaderParser.parse(blobs.get(0)).evr()).isEqualTo("2.32.1-42.el8_8");
  }

  @Test
  void rejectsOtherFormats() {
    assertThatThrownBy(() -> BerkeleyDbReader.read(RpmTestData.path(RpmTestData.SLE_NDB), b -> { }))
        .isInstanceOf(IOException.class).hasMessageContaining("not a Berkeley DB hash database");
  }

  @Test
  void aTruncatedDatabaseIsAnIoException() throws IOException {
    byte[] whole = Files.readAllBytes(RpmTestData.path(RpmTestData.LIBUUID_BDB));
    Path truncated = tempDir.resolve("Packages");
    Files.write(truncated, Arrays.copyOf(whole, whole.length / 3));

    assertThatThrownBy(() -> BerkeleyDbReader.read(truncated, b -> { })).isInstanceOf(IOException.class);
  }
}
