package dev.moat.vulndb;

/** Where a {@link FeedReader} puts what it read. Implementations are thread-safe. */
public interface FeedSink {
  /** One advisory of {@code source}. */
  void advisory(Source source, Advisory advisory);

  /** One entry of a known-exploited catalogue. */
  void knownExploited(Source source, KnownExploited entry);
}
