package dev.moat.ecosystem.rpm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads the values of a Berkeley DB hash database ({@code /var/lib/rpm/Packages}, RHEL 8 and
 * older). Every hash page is scanned and each off-page value is reassembled from its overflow page
 * chain (small values sit on the hash page itself). Layout: Berkeley DB's db_page.h (generic meta header,
 * 26-byte page header, H_OFFPAGE items), the same facts rpm's read-only bdb_ro backend relies on.
 */
final class BerkeleyDbReader {

  private static final int HASH_MAGIC = 0x061561;
  private static final int PAGE_HEADER = 26;
  private static final byte P_HASH_UNSORTED = 2;
  private static final byte P_OVERFLOW = 7;
  private static final byte P_HASHMETA = 8;
  private static final byte P_HASH = 13;
  private static final byte H_KEYDATA = 1;
  private static final byte H_OFFPAGE = 3;
  /** A header has at least its 8-byte preamble and one 16-byte index entry; rpm's key-0 record has 4. */
  private static final int MIN_HEADER = 24;
  private static final int MAX_VALUE = 256 * 1024 * 1024;

  private BerkeleyDbReader() {}

  static void read(Path db, HeaderBlobSink sink) throws IOException {
    try (FileChannel channel = FileChannel.open(db, StandardOpenOption.READ)) {
      ByteBuffer meta = readAt(channel, 0, 512, ByteOrder.LITTLE_ENDIAN);
      if (meta.getInt(12) != HASH_MAGIC) {
        meta.order(ByteOrder.BIG_ENDIAN);
        if (meta.getInt(12) != HASH_MAGIC) {
          throw new IOException("not a Berkeley DB hash database");
        }
      }
      if (meta.get(25) != P_HASHMETA) {
        throw new IOException("Berkeley DB meta page has type " + meta.get(25));
      }
      ByteOrder order = meta.order();
      int pageSize = meta.getInt(20);
      if (pageSize < 512 || pageSize > 65536 || Integer.bitCount(pageSize) != 1) {
        throw new IOException("Berkeley DB page size " + pageSize + " is invalid");
      }
      long lastPage = Math.min(Integer.toUnsignedLong(meta.getInt(32)), channel.size() / pageSize - 1);
      var reader = new Pages(channel, pageSize, order, lastPage);
      for (long pgno = 1; pgno <= lastPage; pgno++) {
        ByteBuffer page = reader.page(pgno);
        byte type = page.get(25);
        if (type == P_HASH || type == P_HASH_UNSORTED) {
          readHashPage(page, reader, sink);
        }
      }
    }
  }

  /** Items alternate key, value; rpm's keys are 4-byte package numbers and its values headers. */
  private static void readHashPage(ByteBuffer page, Pages reader, HeaderBlobSink sink) throws IOException {
    int entries = Short.toUnsignedInt(page.getShort(20));
    int pageSize = page.capacity();
    if (PAGE_HEADER + 2 * entries > pageSize) {
      throw new IOException("Berkeley DB hash page has " + entries + " entries");
    }
    for (int i = 1; i < entries; i += 2) {
      int offset = Short.toUnsignedInt(page.getShort(PAGE_HEADER + 2 * i));
      // Items fill the page from its end: item i ends where item i-1 begins (db_page.h LEN_HITEM).
      int end = Short.toUnsignedInt(page.getShort(PAGE_HEADER + 2 * (i - 1)));
      if (offset >= pageSize) {
        throw new IOException("Berkeley DB hash page item " + i + " lies outside its page");
      }
      if (page.get(offset) == H_KEYDATA) {
        if (end <= pageSize && end - offset - 1 >= MIN_HEADER) {
          byte[] value = new byte[end - offset - 1];
          page.get(offset + 1, value);
          sink.accept(value);
        }
        continue;
      }
      if (offset + 12 > pageSize || page.get(offset) != H_OFFPAGE) {
        continue;
      }
      long firstPage = Integer.toUnsignedLong(page.getInt(offset + 4));
      long length = Integer.toUnsignedLong(page.getInt(offset + 8));
      if (length > MAX_VALUE) {
        throw new IOException("Berkeley DB value of " + length + " bytes is too large");
      }
      sink.accept(reader.overflowChain(firstPage, (int) length));
    }
  }

  private static ByteBuffer readAt(FileChannel channel, long position, int size, ByteOrder order)
      throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(size).order(order);
    while (buf.hasRemaining()) {
      if (channel.read(buf, position + buf.position()) < 0) {
        throw new IOException("Berkeley DB file ends inside page at " + position);
      }
    }
    return buf.flip();
  }

  /** Page access with the database's page size and byte order. */
  private record Pages(FileChannel channel, int pageSize, ByteOrder order, long lastPage) {

    ByteBuffer page(long pgno) throws IOException {
      return readAt(channel, pgno * pageSize, pageSize, order);
    }

    /** An overflow page holds {@code hf_offset} bytes after its header and links to the next. */
    byte[] overflowChain(long pgno, int length) throws IOException {
      byte[] value = new byte[length];
      int filled = 0;
      long hops = 0;
      while (filled < length) {
        if (pgno == 0 || pgno > lastPage || hops++ > lastPage) {
          throw new IOException("Berkeley DB overflow chain is broken at page " + pgno);
        }
        ByteBuffer page = page(pgno);
        if (page.get(25) != P_OVERFLOW) {
          throw new IOException("Berkeley DB page " + pgno + " is not an overflow page");
        }
        int used = Math.min(Short.toUnsignedInt(page.getShort(22)), pageSize - PAGE_HEADER);
        int take = Math.min(used, length - filled);
        page.get(PAGE_HEADER, value, filled, take);
        filled += take;
        pgno = Integer.toUnsignedLong(page.getInt(16));
      }
      return value;
    }
  }
}
