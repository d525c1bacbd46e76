package dev.moat.ecosystem.rpm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses an RPM header blob as the package databases store it (rpm's {@code headerExport}: no
 * magic, then big-endian index count {@code il}, data length {@code dl}, {@code il} 16-byte index
 * entries of tag, type, offset, count, and the data store). See rpm's doc/manual/format.md.
 */
final class RpmHeaderParser {

  static final int TAG_NAME = 1000;
  static final int TAG_VERSION = 1001;
  static final int TAG_RELEASE = 1002;
  static final int TAG_EPOCH = 1003;
  static final int TAG_LICENSE = 1014;
  static final int TAG_ARCH = 1022;
  static final int TAG_OLDFILENAMES = 1027;
  static final int TAG_SOURCERPM = 1044;
  static final int TAG_DIRINDEXES = 1116;
  static final int TAG_BASENAMES = 1117;
  static final int TAG_DIRNAMES = 1118;

  private static final int TYPE_INT32 = 4;
  private static final int TYPE_STRING = 6;
  private static final int TYPE_STRING_ARRAY = 8;
  private static final int TYPE_I18NSTRING = 9;

  /** rpm's own limits on a header (hdrchkTags, hdrchkData). */
  private static final int MAX_TAGS = 0xffff;
  private static final int MAX_DATA = 256 * 1024 * 1024;

  private RpmHeaderParser() {}

  static RpmHeader parse(byte[] blob) throws IOException {
    if (blob.length < 8) {
      throw new IOException("rpm header of " + blob.length + " bytes is too short");
    }
    ByteBuffer buf = ByteBuffer.wrap(blob).order(ByteOrder.BIG_ENDIAN);
    int il = buf.getInt(0);
    int dl = buf.getInt(4);
    if (il < 1 || il > MAX_TAGS || dl < 0 || dl > MAX_DATA || 8L + 16L * il + dl > blob.length) {
      throw new IOException("rpm header has a bad size (" + il + " tags, " + dl + " data bytes)");
    }
    var header = new Entries(buf, 8 + 16 * il, dl);
    String name = "";
    String version = "";
    String release = "";
    String arch = "";
    String sourceRpm = "";
    String license = "";
    Optional<Integer> epoch = Optional.empty();
    int[] dirIndexes = new int[0];
    List<String> baseNames = List.of();
    List<String> dirNames = List.of();
    List<String> oldFileNames = List.of();
    for (int i = 0; i < il; i++) {
      int at = 8 + 16 * i;
      int tag = buf.getInt(at);
      int type = buf.getInt(at + 4);
      int offset = buf.getInt(at + 8);
      int count = buf.getInt(at + 12);
      switch (tag) {
        case TAG_NAME -> name = header.string(type, offset);
        case TAG_VERSION -> version = header.string(type, offset);
        case TAG_RELEASE -> release = header.string(type, offset);
        case TAG_ARCH -> arch = header.string(type, offset);
        case TAG_SOURCERPM -> sourceRpm = header.string(type, offset);
        case TAG_LICENSE -> license = header.string(type, offset);
        case TAG_EPOCH -> epoch = Optional.of(header.ints(type, offset, count)[0]);
        case TAG_DIRINDEXES -> dirIndexes = header.ints(type, offset, count);
        case TAG_BASENAMES -> baseNames = header.strings(type, offset, count);
        case TAG_DIRNAMES -> dirNames = header.strings(type, offset, count);
        case TAG_OLDFILENAMES -> oldFileNames = header.strings(type, offset, count);
        default -> { }
      }
    }
    if (name.isEmpty() || version.isEmpty()) {
      throw new IOException("rpm header has no name or version");
    }
    return new RpmHeader(name, epoch, version, release, arch, sourceRpm, license,
        files(baseNames, dirNames, dirIndexes, oldFileNames));
  }

  /** Files are stored split: BASENAMES[i] lives in DIRNAMES[DIRINDEXES[i]] (rpm 4.0+). */
  private static List<String> files(List<String> base, List<String> dirs, int[] index, List<String> old)
      throws IOException {
    if (base.isEmpty()) {
      return old;
    }
    if (index.length != base.size()) {
      throw new IOException("rpm header has " + base.size() + " file names but " + index.length + " dir indexes");
    }
    List<String> files = new ArrayList<>(base.size());
    for (int i = 0; i < index.length; i++) {
      if (index[i] < 0 || index[i] >= dirs.size()) {
        throw new IOException("rpm header dir index " + index[i] + " is out of range");
      }
      files.add(dirs.get(index[i]) + base.get(i));
    }
    return files;
  }

  /** The data store, read with bounds checks: a corrupt header must not throw unchecked. */
  private record Entries(ByteBuffer buf, int start, int length) {

    String string(int type, int offset) throws IOException {
      if (type != TYPE_STRING && type != TYPE_I18NSTRING && type != TYPE_STRING_ARRAY) {
        throw new IOException("rpm header string tag has type " + type);
      }
      return strings(TYPE_STRING_ARRAY, offset, 1).get(0);
    }

    List<String> strings(int type, int offset, int count) throws IOException {
      if (type != TYPE_STRING_ARRAY && type != TYPE_STRING && type != TYPE_I18NSTRING) {
        throw new IOException("rpm header string array has type " + type);
      }
      if (count < 0 || count > length) {
        throw new IOException("rpm header string count " + count + " is out of range");
      }
      List<String> out = new ArrayList<>(count);
      int pos = checkOffset(offset);
      int end = start + length;
      for (int i = 0; i < count; i++) {
        int zero = pos;
        while (zero < end && buf.get(zero) != 0) {
          zero++;
        }
        if (zero >= end) {
          throw new IOException("rpm header string runs past the data");
        }
        out.add(new String(buf.array(), pos, zero - pos, StandardCharsets.UTF_8));
        pos = zero + 1;
      }
      return out;
    }

    int[] ints(int type, int offset, int count) throws IOException {
      if (type != TYPE_INT32 || count < 1 || offset < 0 || (long) offset + 4L * count > length) {
        throw new IOException("rpm header int32 tag is malformed");
      }
      int[] out = new int[count];
      for (int i = 0; i < count; i++) {
        out[i] = buf.getInt(start + offset + 4 * i);
      }
      return out;
    }

    private int checkOffset(int offset) throws IOException {
      if (offset < 0 || offset >= length) {
        throw new IOException("rpm header offset " + offset + " is out of range");
      }
      return start + offset;
    }
  }
}
