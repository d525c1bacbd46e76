package dev.moat.version;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded, thread-safe memo of parsed versions. Matching compares the same few thousand
 * version strings millions of times, so schemes whose parse allocates keep the parsed form here.
 * When full it is simply emptied: no eviction bookkeeping on the hot path.
 */
public final class ParseCache<T> {

  private final int capacity;
  private final Function<String, T> parser;
  private final ConcurrentHashMap<String, T> cache = new ConcurrentHashMap<>();

  public ParseCache(int capacity, Function<String, T> parser) {
    this.capacity = capacity;
    this.parser = parser;
  }

  /** The parsed form of {@code version}; exceptions from the parser pass through uncached. */
  public T get(String version) {
    T cached = cache.get(version);
    if (cached != null) {
      return cached;
    }
    T parsed = parser.apply(version);
    if (cache.size() >= capacity) {
      cache.clear();
    }
    cache.put(version, parsed);
    return parsed;
  }
}
