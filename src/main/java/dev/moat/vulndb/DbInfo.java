package dev.moat.vulndb;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a database holds.
 *
 * @param ecosystems distinct advisory ids per OSV ecosystem, sorted by name
 * @param knownExploited how many CVEs the known-exploited catalogue lists
 */
public record DbInfo(int schemaVersion, Instant builtAt, List<SourceCount> sources,
    Map<String, Long> ecosystems, long knownExploited) {

  public DbInfo {
    sources = List.copyOf(sources);
    ecosystems = Collections.unmodifiableMap(new TreeMap<>(ecosystems));
  }

  /** A source and how many records of it the database holds. */
  public record SourceCount(String name, String url, String license, long records) {}
}
