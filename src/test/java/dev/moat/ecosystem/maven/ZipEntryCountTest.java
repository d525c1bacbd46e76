package dev.moat.ecosystem.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.OptionalLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.junit.jupiter.api.Test;

class ZipEntryCountTest {

  private static byte[] zipOf(int entries, String comment) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setComment(comment);
      for (int i = 0; i < entries; i++) {
        zip.putNextEntry(new ZipEntry("e" + i));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static OptionalLong count(byte[] zip) throws IOException {
    return ZipEntryCount.of(new SeekableInMemoryByteChannel(zip));
  }

  @Test
  void readsTheDeclaredCountBehindAComment() throws IOException {
    assertThat(count(zipOf(3, ""))).hasValue(3);
    assertThat(count(zipOf(5, "built by a tool that leaves a comment"))).hasValue(5);
    assertThat(count(zipOf(0, ""))).hasValue(0);
  }

  @Test
  void readsTheZip64RecordWhenTheClassicFieldIsFull() throws IOException {
    // the JDK writes ZIP64 end records for more than 65,535 entries
    assertThat(count(zipOf(70_000, ""))).hasValue(70_000);
  }

  @Test
  void findsNothingInWhatIsNoZip() throws IOException {
    assertThat(count("not a zip at all".getBytes())).isEmpty();
    byte[] zip = zipOf(3, "");
    assertThat(count(Arrays.copyOf(zip, zip.length - 10))).as("end record cut off").isEmpty();
  }

  @Test
  void aJarDeclaringMoreEntriesThanTheLimitIsReadAsABoundedStream() throws IOException {
    JarReader reader = new JarReader(new ArchiveLimits(8, 1000, 1 << 30));
    byte[] many = zipOf(1500, "");

    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(many), "/many-1.0.jar"))
        .isInstanceOf(IOException.class).hasMessageContaining("more than 1000 archive entries");
  }
}
