package dev.moat.ecosystem.rpm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RpmHeaderParserTest {

  private static byte[] libuuidBlob() throws IOException {
    return RpmTestData.blobs(BerkeleyDbReader::read, RpmTestData.LIBUUID_BDB).get(0);
  }

  @Test
  void readsTheTagsOfARealHeader() throws IOException {
    RpmHeader header = RpmHeaderParser.parse(libuuidBlob());

    assertThat(header.name()).isEqualTo("libuuid");
    assertThat(header.epoch()).isEmpty();
    assertThat(header.version()).isEqualTo("2.32.1");
    assertThat(header.release()).isEqualTo("42.el8_8");
    assertThat(header.arch()).isEqualTo("x86_64");
    assertThat(header.sourceRpm()).isEqualTo("util-linux-2.32.1-42.el8_8.src.rpm");
    assertThat(header.license()).isEqualTo("BSD");
    assertThat(header.files()).containsExactlyElementsOf(RpmTestData.lines("libuuid-bdb/expected-files.txt"));
  }

  @Test
  void readsTheEpoch() throws IOException {
    Optional<RpmHeader> base = RpmTestData.blobs(SqliteRpmReader::read, RpmTestData.MARINER_SQLITE).stream()
        .map(RpmHeaderParserTest::parse).filter(h -> h.name().equals("ca-certificates-base")).findFirst();

    assertThat(base).map(RpmHeader::epoch).contains(Optional.of(1));
  }

  @Test
  void everyTruncationOfARealHeaderIsAnIoException() throws IOException {
    byte[] blob = libuuidBlob();
    for (int length = 0; length < blob.length; length += 97) {
      byte[] cut = Arrays.copyOf(blob, length);
      assertThatThrownBy(() -> RpmHeaderParser.parse(cut)).as("length %d", length).isInstanceOf(IOException.class);
    }
  }

  @Test
  void anOffsetOutsideTheDataStoreIsAnIoException() throws IOException {
    byte[] blob = libuuidBlob();
    ByteBuffer buf = ByteBuffer.wrap(blob);
    int il = buf.getInt(0);
    for (int i = 0; i < il; i++) {
      if (buf.getInt(8 + 16 * i) == RpmHeaderParser.TAG_NAME) {
        buf.putInt(8 + 16 * i + 8, Integer.MAX_VALUE);
      }
    }
    assertThatThrownBy(() -> RpmHeaderParser.parse(blob)).isInstanceOf(IOException.class)
        .hasMessageContaining("out of range");
  }

  private static RpmHeader parse(byte[] blob) {
    try {
      return RpmHeaderParser.parse(blob);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
