package dev.moat.ecosystem.golang;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A seekable ELF file whose loadable segments map virtual addresses to file offsets, to follow the
 * pointers of pre-1.18 Go build info.
 */
final class ElfImage implements AutoCloseable {

  private static final int PT_LOAD = 1;

  private record Segment(long address, long offset, long size) {}

  private final RandomAccessFile file;
  private final ByteOrder order;
  private final List<Segment> segments;

  private ElfImage(RandomAccessFile file, ByteOrder order, List<Segment> segments) {
    this.file = file;
    this.order = order;
    this.segments = segments;
  }

  static ElfImage open(Path path) throws IOException {
    RandomAccessFile file = new RandomAccessFile(path.toFile(), "r");
    try {
      byte[] ident = new byte[64];
      file.readFully(ident);
      boolean is64 = ident[4] == 2;
      ByteOrder order = ident[5] == 2 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
      ByteBuffer header = ByteBuffer.wrap(ident).order(order);
      long phoff = is64 ? header.getLong(0x20) : Integer.toUnsignedLong(header.getInt(0x1c));
      int phentsize = Short.toUnsignedInt(header.getShort(is64 ? 0x36 : 0x2a));
      int phnum = Math.min(Short.toUnsignedInt(header.getShort(is64 ? 0x38 : 0x2c)), 256);
      List<Segment> segments = new ArrayList<>();
      byte[] entry = new byte[Math.max(phentsize, is64 ? 56 : 32)];
      for (int i = 0; i < phnum; i++) {
        file.seek(phoff + (long) i * phentsize);
        file.readFully(entry);
        ByteBuffer ph = ByteBuffer.wrap(entry).order(order);
        if (ph.getInt(0) != PT_LOAD) {
          continue;
        }
        segments.add(is64
            ? new Segment(ph.getLong(16), ph.getLong(8), ph.getLong(32))
            : new Segment(Integer.toUnsignedLong(ph.getInt(8)), Integer.toUnsignedLong(ph.getInt(4)),
                Integer.toUnsignedLong(ph.getInt(16))));
      }
      return new ElfImage(file, order, List.copyOf(segments));
    } catch (IOException | RuntimeException e) {
      file.close();
      throw new IOException("not a readable ELF file: " + e.getMessage(), e);
    }
  }

  /** The bytes of the Go string whose header (data pointer, length) is at {@code address}. */
  byte[] readGoString(long address, int pointerSize, int maxLength) throws IOException {
    ByteBuffer header = ByteBuffer.wrap(read(address, 2 * pointerSize)).order(order);
    long data = pointerSize == 8 ? header.getLong() : Integer.toUnsignedLong(header.getInt());
    long length = pointerSize == 8 ? header.getLong() : Integer.toUnsignedLong(header.getInt());
    if (length < 0 || length > maxLength) {
      throw new IOException("Go string at 0x" + Long.toHexString(address) + " is too long");
    }
    return read(data, (int) length);
  }

  private byte[] read(long address, int length) throws IOException {
    for (Segment segment : segments) {
      if (address >= segment.address() && address + length <= segment.address() + segment.size()) {
        byte[] bytes = new byte[length];
        file.seek(segment.offset() + (address - segment.address()));
        file.readFully(bytes);
        return bytes;
      }
    }
    throw new IOException("address 0x" + Long.toHexString(address) + " is outside the file's segments");
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
