package dev.moat.ecosystem.cargo;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads one named section of an ELF file (32 or 64 bit, either byte order) through a seekable
 * channel, following the section header table and its string table (System V gABI, chapter 4).
 */
final class ElfSectionReader {

  private static final int MAX_SECTIONS = 1 << 16;

  private ElfSectionReader() {}

  /** Whether {@code head} starts with the ELF magic {@code 0x7f 'E' 'L' 'F'}. */
  static boolean isElf(byte[] head) {
    return head.length >= 4 && head[0] == 0x7f && head[1] == 'E' && head[2] == 'L' && head[3] == 'F';
  }

  /** The content of section {@code name}, if present and at most {@code maxSize} bytes. */
  static Optional<byte[]> read(SeekableByteChannel channel, String name, int maxSize) throws IOException {
    ByteBuffer header = readAt(channel, 0, 64);
    boolean is64 = header.get(4) == 2;
    header.order(header.get(5) == 2 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    long shoff = is64 ? header.getLong(0x28) : Integer.toUnsignedLong(header.getInt(0x20));
    int shentsize = Short.toUnsignedInt(header.getShort(is64 ? 0x3A : 0x2E));
    int shnum = Short.toUnsignedInt(header.getShort(is64 ? 0x3C : 0x30));
    int shstrndx = Short.toUnsignedInt(header.getShort(is64 ? 0x3E : 0x32));
    if (shoff == 0 || shnum == 0 || shnum > MAX_SECTIONS || shstrndx >= shnum || shentsize < (is64 ? 64 : 40)) {
      return Optional.empty();
    }
    ByteBuffer table = readAt(channel, shoff, shnum * shentsize).order(header.order());
    Section names = section(table, shstrndx * shentsize, is64);
    if (names.size() > maxSize) {
      return Optional.empty();
    }
    ByteBuffer strings = readAt(channel, names.offset(), (int) names.size());
    byte[] wanted = name.getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < shnum; i++) {
      Section s = section(table, i * shentsize, is64);
      if (nameMatches(strings, s.nameOffset(), wanted)) {
        if (s.size() > maxSize) {
          return Optional.empty();
        }
        ByteBuffer content = readAt(channel, s.offset(), (int) s.size());
        byte[] bytes = new byte[content.remaining()];
        content.get(bytes);
        return Optional.of(bytes);
      }
    }
    return Optional.empty();
  }

  private record Section(int nameOffset, long offset, long size) {}

  private static Section section(ByteBuffer table, int at, boolean is64) {
    int nameOffset = table.getInt(at);
    long offset = is64 ? table.getLong(at + 0x18) : Integer.toUnsignedLong(table.getInt(at + 0x10));
    long size = is64 ? table.getLong(at + 0x20) : Integer.toUnsignedLong(table.getInt(at + 0x14));
    return new Section(nameOffset, offset, size);
  }

  private static boolean nameMatches(ByteBuffer strings, int at, byte[] wanted) {
    if (at < 0 || at + wanted.length >= strings.limit()) {
      return false;
    }
    for (int i = 0; i < wanted.length; i++) {
      if (strings.get(at + i) != wanted[i]) {
        return false;
      }
    }
    return strings.get(at + wanted.length) == 0;
  }

  private static ByteBuffer readAt(SeekableByteChannel channel, long position, int length) throws IOException {
    if (position < 0 || length < 0 || position + length > channel.size()) {
      throw new IOException("ELF section table points past the end of the file");
    }
    ByteBuffer buffer = ByteBuffer.allocate(length);
    channel.position(position);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer) < 0) {
        throw new IOException("ELF file ended early");
      }
    }
    return buffer.flip();
  }
}
