package dev.moat.vulndb;

import java.io.IOException;

/**
 * Reads one advisory format. Readers are found with {@link java.util.ServiceLoader}, so an ecosystem
 * package adds its reader without editing the core. For every file of the input the builder asks each
 * reader, in {@link #priority()} order, whether it {@link #accepts} it; the first that does reads it.
 */
public interface FeedReader {

  /** The format's name, for messages ("OSV JSON", "Alpine secdb"). */
  String format();

  /** Whether this file is in this reader's format; cheap: looks at the path and the first bytes. */
  boolean accepts(FeedEntry entry);

  /**
   * Reads every advisory of the file into {@code sink}.
   *
   * @throws IOException or {@link dev.moat.MoatException} when the file is in this format but broken
   */
  void read(FeedEntry entry, FeedSink sink) throws IOException;

  /** Lower runs first; the generic OSV reader runs last so that specific formats win. */
  default int priority() {
    return 100;
  }
}
