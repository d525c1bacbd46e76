package dev.moat.ecosystem.maven;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.util.OptionalLong;

/**
 * The number of entries a zip's end-of-central-directory record declares (APPNOTE 4.3.16, and the
 * ZIP64 record of 4.3.14 when the classic field is saturated), read before the central directory
 * is loaded: a reader that loads it keeps an object per entry, so a hostile archive declaring
 * millions of entries must be refused (or read as a bounded stream) first.
 */
final class ZipEntryCount {

  private static final int EOCD_SIGNATURE = 0x06054b50;
  private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
  private static final int ZIP64_EOCD_SIGNATURE = 0x06064b50;
  private static final int EOCD_SIZE = 22;
  private static final int MAX_COMMENT = 0xffff;

  private ZipEntryCount() {}

  /** The declared entry count, or empty when no end record is found (not a zip, or truncated). */
  static OptionalLong of(SeekableByteChannel zip) throws IOException {
    long size = zip.size();
    int tail = (int) Math.min(size, EOCD_SIZE + MAX_COMMENT);
    ByteBuffer buffer = read(zip, size - tail, tail);
    for (int at = tail - EOCD_SIZE; at >= 0; at--) {
      if (buffer.getInt(at) == EOCD_SIGNATURE) {
        int entries = Short.toUnsignedInt(buffer.getShort(at + 10));
        if (entries != 0xffff) {
          return OptionalLong.of(entries);
        }
        return zip64(zip, size - tail + at);
      }
    }
    return OptionalLong.empty();
  }

  private static OptionalLong zip64(SeekableByteChannel zip, long eocdOffset) throws IOException {
    if (eocdOffset < 20) {
      return OptionalLong.empty();
    }
    ByteBuffer locator = read(zip, eocdOffset - 20, 20);
    if (locator.getInt(0) != ZIP64_LOCATOR_SIGNATURE) {
      return OptionalLong.empty();
    }
    long recordOffset = locator.getLong(8);
    if (recordOffset < 0 || recordOffset > zip.size() - 56) {
      return OptionalLong.empty();
    }
    ByteBuffer record = read(zip, recordOffset, 56);
    return record.getInt(0) == ZIP64_EOCD_SIGNATURE ? OptionalLong.of(record.getLong(32)) : OptionalLong.empty();
  }

  private static ByteBuffer read(SeekableByteChannel zip, long offset, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    zip.position(offset);
    while (buffer.hasRemaining() && zip.read(buffer) > 0) {
      // fill
    }
    if (buffer.hasRemaining()) {
      throw new IOException("zip end record cut short");
    }
    return buffer.flip();
  }
}
