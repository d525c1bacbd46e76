package dev.moat.cli;

import dev.moat.MoatException;
import dev.moat.MoatFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes a report to stdout, or to a file through a temp file in the same directory renamed into
 * place, so a failed or interrupted run never leaves a half-written report.
 */
final class AtomicOutput {

  /** Writes the report body. */
  @FunctionalInterface
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicOutput() {}

  static void write(Optional<Path> file, PrintStream stdout, Body body) {
    if (file.isEmpty()) {
      try {
        body.writeTo(stdout);
        stdout.flush();
      } catch (IOException e) {
        throw new MoatException(MoatException.Kind.INTERNAL, "cannot write to stdout: " + e.getMessage(), e);
      }
      return;
    }
    Path target = file.get().toAbsolutePath();
    Path temp = null;
    try {
      Files.createDirectories(target.getParent());
      temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
      try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        body.writeTo(out);
      }
      MoatFiles.replace(temp, target);
    } catch (IOException e) {
      throw MoatException.invalid("cannot write " + target + ": " + e.getMessage(), e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the temp file is named after the target and harmless
        }
      }
    }
  }
}
