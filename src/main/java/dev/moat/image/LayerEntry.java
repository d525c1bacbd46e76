package dev.moat.image;

import java.util.Optional;

/**
 * One entry of a layer tar, with its path made safe: absolute, normalised, never escaping the image
 * root ({@code /usr/bin/env}). Whiteouts are reported as {@link Type#WHITEOUT} with the path they
 * delete, and opaque markers as {@link Type#OPAQUE_DIRECTORY} with the directory they clear.
 */
public record LayerEntry(String path, Type type, long size, int mode, Optional<String> linkTarget) {

  /** The kinds of entry a filesystem view cares about. */
  public enum Type {
    FILE,
    DIRECTORY,
    SYMLINK,
    HARDLINK,
    /** {@code .wh.NAME}: NAME from lower layers is deleted. */
    WHITEOUT,
    /** {@code .wh..wh..opq}: everything from lower layers in this directory is deleted. */
    OPAQUE_DIRECTORY,
    /** Device, fifo or other special file: never materialised. */
    SPECIAL
  }

  public boolean isFile() {
    return type == Type.FILE;
  }
}
