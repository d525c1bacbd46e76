package dev.moat.image;

import dev.moat.MoatException;
import java.util.ArrayDeque;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Turns raw tar entries into {@link LayerEntry}s with safe, absolute, normalised paths, and refuses
 * entries that would reach outside the image root. Called once per entry of multi-million-entry
 * layers, so the common case ({@code usr/bin/env}, {@code ./etc/}) allocates only the result.
 */
final class TarEntryNormalizer {

  private static final String WHITEOUT_PREFIX = ".wh.";
  private static final String OPAQUE_MARKER = ".wh..wh..opq";
  private static final String AUFS_META_PREFIX = ".wh..wh.";

  private final String context;

  /** {@code context} names the image and layer in errors. */
  TarEntryNormalizer(String context) {
    this.context = context;
  }

  /**
   * The entry as Moat sees it, or {@code null} for aufs metadata under {@code /.wh..wh.*}
   * ({@code .wh..wh.plnk} and the like), which Docker also skips.
   */
  LayerEntry normalize(TarArchiveEntry raw) {
    String name = raw.getName();
    if (name.startsWith("/")) {
      throw hostile(name, "has an absolute path");
    }
    String path = normalizePath(name);
    if (path == null) {
      throw hostile(name, "escapes the image root");
    }
    if (path.startsWith(AUFS_META_PREFIX, 1) && !path.startsWith(OPAQUE_MARKER, 1)) {
      return null;
    }
    int slash = path.lastIndexOf('/');
    if (path.startsWith(WHITEOUT_PREFIX, slash + 1)) {
      return whiteout(name, path, slash);
    }
    int mode = raw.getMode() & 07777;
    if (raw.isSymbolicLink()) {
      return new LayerEntry(path, LayerEntry.Type.SYMLINK, 0, mode, Optional.of(raw.getLinkName()));
    }
    if (raw.isLink()) {
      // Hardlink targets name another entry of the archive: they must stay inside the root too.
      String target = raw.getLinkName();
      String resolved = normalizePath(target.startsWith("/") ? target.substring(1) : target);
      if (resolved == null) {
        throw hostile(name, "is a hardlink to '" + target + "' outside the image root");
      }
      return new LayerEntry(path, LayerEntry.Type.HARDLINK, 0, mode, Optional.of(resolved));
    }
    if (raw.isDirectory()) {
      return new LayerEntry(path, LayerEntry.Type.DIRECTORY, 0, mode, Optional.empty());
    }
    if (isRegular(raw.getLinkFlag())) {
      return new LayerEntry(path, LayerEntry.Type.FILE, raw.getSize(), mode, Optional.empty());
    }
    return new LayerEntry(path, LayerEntry.Type.SPECIAL, 0, mode, Optional.empty());
  }

  private LayerEntry whiteout(String name, String path, int slash) {
    String parent = slash == 0 ? "/" : path.substring(0, slash);
    String base = path.substring(slash + 1);
    if (base.equals(OPAQUE_MARKER)) {
      return new LayerEntry(parent, LayerEntry.Type.OPAQUE_DIRECTORY, 0, 0, Optional.empty());
    }
    String deleted = base.substring(WHITEOUT_PREFIX.length());
    if (deleted.isEmpty() || deleted.equals(".") || deleted.equals("..")) {
      throw hostile(name, "is a whiteout of '" + deleted + "'");
    }
    String target = slash == 0 ? "/" + deleted : parent + "/" + deleted;
    return new LayerEntry(target, LayerEntry.Type.WHITEOUT, 0, 0, Optional.empty());
  }

  /**
   * {@code /}-rooted clean form of a relative tar path, or {@code null} if {@code ..} climbs above
   * the root. Leading {@code ./}, trailing and doubled slashes and {@code .} segments are dropped.
   */
  static String normalizePath(String name) {
    int start = 0;
    while (name.startsWith("./", start)) {
      start += 2;
    }
    int end = name.length();
    while (end > start && name.charAt(end - 1) == '/') {
      end--;
    }
    if (start == end) {
      return "/";
    }
    if (isClean(name, start, end)) {
      return new StringBuilder(end - start + 1).append('/').append(name, start, end).toString();
    }
    ArrayDeque<String> segments = new ArrayDeque<>();
    for (String segment : name.substring(start, end).split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (segments.isEmpty()) {
          return null;
        }
        segments.removeLast();
      } else {
        segments.addLast(segment);
      }
    }
    return "/" + String.join("/", segments);
  }

  /** No empty, {@code .} or {@code ..} segment between {@code start} and {@code end}. */
  private static boolean isClean(String name, int start, int end) {
    int segmentStart = start;
    for (int i = start; i <= end; i++) {
      if (i == end || name.charAt(i) == '/') {
        int length = i - segmentStart;
        if (length == 0
            || (length <= 2 && name.charAt(segmentStart) == '.' && (length == 1 || name.charAt(segmentStart + 1) == '.'))) {
          return false;
        }
        segmentStart = i + 1;
      }
    }
    return true;
  }

  /** Regular-file type flags; commons-compress's isFile() also says yes to devices and fifos. */
  private static boolean isRegular(byte flag) {
    return flag == TarConstants.LF_NORMAL || flag == TarConstants.LF_OLDNORM || flag == TarConstants.LF_CONTIG
        || flag == TarConstants.LF_GNUTYPE_SPARSE;
  }

  private MoatException hostile(String name, String reason) {
    return MoatException.invalid(context + ": entry '" + name + "' " + reason);
  }
}
