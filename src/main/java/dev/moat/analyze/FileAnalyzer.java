package dev.moat.analyze;

import java.io.IOException;

/**
 * Finds packages (or the OS) in one kind of file. The engine asks {@link #accepts} with the path
 * alone, before any content is read, so an analyzer costs nothing for the files it does not want.
 * Implementations are stateless and thread-safe: layers are analysed in parallel.
 */
public interface FileAnalyzer {

  /** A short stable name ({@code dpkg}, {@code jar}, {@code npm-lock}), used in the layer cache. */
  String name();

  /** Bump when the analyzer's output changes: cached layer results of older versions are discarded. */
  int version();

  /** Whether this analyzer wants the file at {@code path} (absolute in the image) of {@code size} bytes. */
  boolean accepts(String path, long size);

  /** Analyses one file. Throwing {@link IOException} skips the file with a warning, it never fails the scan. */
  FileFindings analyze(AnalyzedFile file) throws IOException;
}
