package dev.moat.ecosystem.golang;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds a Go binary's build information by streaming it once: the linker writes a 32-byte header
 * starting {@code "\xff Go buildinf:"} at a 16-byte aligned offset (Go's debug/buildinfo). Since Go
 * 1.18 the two strings follow it inline as varint-prefixed bytes; before, the header holds
 * pointers to them, which are resolved in a copy of the file (only made for files carrying a Go
 * build-id note, as only those can need it).
 */
final class BuildInfoScanner {

  private static final byte[] MAGIC = "\u00ff Go buildinf:".getBytes(StandardCharsets.ISO_8859_1);
  private static final int CHUNK = 1 << 20;
  private static final int MAX_STRING = 4 << 20;
  private static final int FLAG_BIG_ENDIAN = 1;
  private static final int FLAG_INLINE = 2;

  private BuildInfoScanner() {}

  /**
   * Scans {@code in}, positioned at offset 0 of an ELF file, and copies what it reads to
   * {@code copy} (at {@code copyPath}) when given, for the pointer format.
   */
  static Optional<BuildInfo> scan(InputStream in, Optional<OutputStream> copy, Optional<Path> copyPath)
      throws IOException {
    byte[] buffer = new byte[CHUNK];
    long base = 0;
    while (true) {
      int n = in.readNBytes(buffer, 0, CHUNK);
      if (n <= 0) {
        return Optional.empty();
      }
      if (copy.isPresent()) {
        copy.get().write(buffer, 0, n);
      }
      for (int i = 0; i + MAGIC.length <= n; i += 16) {
        if (startsWithMagic(buffer, i)) {
          InputStream rest = new SequenceInputStream(new ByteArrayInputStream(buffer, i, n - i), in);
          return Optional.of(read(rest, base + i, in, copy, copyPath));
        }
      }
      if (n < CHUNK) {
        return Optional.empty();
      }
      base += n;
    }
  }

  private static boolean startsWithMagic(byte[] buffer, int at) {
    if (buffer[at] != MAGIC[0] || buffer[at + 1] != MAGIC[1]) {
      return false;
    }
    for (int k = 2; k < MAGIC.length; k++) {
      if (buffer[at + k] != MAGIC[k]) {
        return false;
      }
    }
    return true;
  }

  private static BuildInfo read(InputStream rest, long offset, InputStream in, Optional<OutputStream> copy,
      Optional<Path> copyPath) throws IOException {
    byte[] header = rest.readNBytes(32);
    if (header.length < 32) {
      throw new IOException("Go build info at offset " + offset + " is truncated");
    }
    int pointerSize = header[14];
    int flags = header[15];
    if ((flags & FLAG_INLINE) != 0) {
      byte[] version = readVarString(rest);
      byte[] modInfo = readVarString(rest);
      return buildInfo(version, modInfo);
    }
    if (copy.isEmpty() || copyPath.isEmpty() || (pointerSize != 4 && pointerSize != 8)) {
      throw new IOException("Go build info in the pre-1.18 pointer format cannot be resolved in this file");
    }
    in.transferTo(copy.get());
    copy.get().close();
    ByteBuffer pointers = ByteBuffer.wrap(header, 16, 2 * pointerSize)
        .order((flags & FLAG_BIG_ENDIAN) != 0 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    long versionAddress = pointerSize == 8 ? pointers.getLong() : Integer.toUnsignedLong(pointers.getInt());
    long modInfoAddress = pointerSize == 8 ? pointers.getLong() : Integer.toUnsignedLong(pointers.getInt());
    try (ElfImage elf = ElfImage.open(copyPath.get())) {
      return buildInfo(elf.readGoString(versionAddress, pointerSize, MAX_STRING),
          elf.readGoString(modInfoAddress, pointerSize, MAX_STRING));
    }
  }

  private static byte[] readVarString(InputStream in) throws IOException {
    long length = 0;
    for (int shift = 0; ; shift += 7) {
      int b = in.read();
      if (b < 0 || shift > 35) {
        throw new IOException("Go build info string length is malformed");
      }
      length |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        break;
      }
    }
    if (length > MAX_STRING) {
      throw new IOException("Go build info string is longer than " + MAX_STRING + " bytes");
    }
    byte[] bytes = in.readNBytes((int) length);
    if (bytes.length < length) {
      throw new IOException("Go build info string is truncated");
    }
    return bytes;
  }

  private static BuildInfo buildInfo(byte[] version, byte[] modInfo) {
    return new BuildInfo(new String(version, StandardCharsets.UTF_8), stripSentinels(modInfo));
  }

  /** The module info is framed by two 16-byte sentinels, as Go's debug/buildinfo expects. */
  static String stripSentinels(byte[] modInfo) {
    if (modInfo.length >= 33 && modInfo[modInfo.length - 17] == '\n') {
      return new String(modInfo, 16, modInfo.length - 32, StandardCharsets.UTF_8);
    }
    return "";
  }
}
