package dev.moat.ecosystem.rpm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads rpm's NDB package database ({@code Packages.db}, SUSE 15): a little-endian file whose
 * first pages hold 16-byte slots (magic "Slot", package index, block offset, block count) and
 * whose 16-byte blocks hold blobs (magic "BlbS", package index, checksum, length, header).
 * Layout as in rpm's lib/backend/ndb/rpmpkg.c.
 */
final class NdbReader {

  private static final int HEADER_MAGIC = 'R' | 'p' << 8 | 'm' << 16 | 'P' << 24;
  private static final int SLOT_MAGIC = 'S' | 'l' << 8 | 'o' << 16 | 't' << 24;
  private static final int BLOB_MAGIC = 'B' | 'l' << 8 | 'b' << 16 | 'S' << 24;
  private static final int SLOT_PAGE_SIZE = 4096;
  private static final int SLOT_SIZE = 16;
  private static final int BLOCK_SIZE = 16;
  /** The database header takes the place of the first two slots of page one. */
  private static final int FIRST_SLOT = 32;
  private static final int MAX_SLOT_PAGES = 4096;
  private static final int MAX_BLOB = 256 * 1024 * 1024;

  private NdbReader() {}

  static void read(Path db, HeaderBlobSink sink) throws IOException {
    try (FileChannel channel = FileChannel.open(db, StandardOpenOption.READ)) {
      ByteBuffer header = readAt(channel, 0, 16);
      if (header.getInt(0) != HEADER_MAGIC) {
        throw new IOException("not an rpm NDB database");
      }
      if (header.getInt(4) != 0) {
        throw new IOException("rpm NDB version " + header.getInt(4) + " is not supported");
      }
      int slotPages = header.getInt(12);
      if (slotPages < 1 || slotPages > MAX_SLOT_PAGES) {
        throw new IOException("rpm NDB has " + slotPages + " slot pages");
      }
      ByteBuffer slots = readAt(channel, 0, slotPages * SLOT_PAGE_SIZE);
      for (int at = FIRST_SLOT; at + SLOT_SIZE <= slots.capacity(); at += SLOT_SIZE) {
        if (slots.getInt(at) != SLOT_MAGIC) {
          throw new IOException("rpm NDB slot at " + at + " has a bad magic");
        }
        int pkgIndex = slots.getInt(at + 4);
        if (pkgIndex != 0) {
          sink.accept(blob(channel, pkgIndex, Integer.toUnsignedLong(slots.getInt(at + 8)),
              Integer.toUnsignedLong(slots.getInt(at + 12))));
        }
      }
    }
  }

  private static byte[] blob(FileChannel channel, int pkgIndex, long blockOffset, long blockCount)
      throws IOException {
    long position = blockOffset * BLOCK_SIZE;
    ByteBuffer head = readAt(channel, position, 16);
    if (head.getInt(0) != BLOB_MAGIC || head.getInt(4) != pkgIndex) {
      throw new IOException("rpm NDB blob of package " + pkgIndex + " is damaged");
    }
    long length = Integer.toUnsignedLong(head.getInt(12));
    if (length > MAX_BLOB || 16 + length > blockCount * BLOCK_SIZE) {
      throw new IOException("rpm NDB blob of package " + pkgIndex + " has a bad length " + length);
    }
    return readAt(channel, position + 16, (int) length).array();
  }

  private static ByteBuffer readAt(FileChannel channel, long position, int size) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    while (buf.hasRemaining()) {
      if (channel.read(buf, position + buf.position()) < 0) {
        throw new IOException("rpm NDB file is truncated at " + position);
      }
    }
    return buf.flip();
  }
}
