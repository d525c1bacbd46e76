package dev.moat;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The last step of writing a file through a temp file beside it: renaming it into place. */
public final class MoatFiles {

  private MoatFiles() {}

  /**
   * Moves {@code temp} over {@code target}, atomically where the file system can, so that readers
   * see the old file or the new one, never half of one.
   */
  public static void replace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
