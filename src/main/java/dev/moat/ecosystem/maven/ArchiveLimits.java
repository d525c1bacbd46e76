package dev.moat.ecosystem.maven;

/**
 * Bounds on what one Java archive may make us read, so that a zip bomb or a deeply nested archive
 * costs a bounded amount of time and memory.
 *
 * @param maxDepth how deep archives may nest inside each other; the outer archive is depth 0
 * @param maxEntries entries across the outer archive and all nested ones
 * @param maxInflatedBytes bytes inflated across the outer archive and all nested ones (a nested
 *     archive counts at its own level and again, compressed, at its parent's)
 */
public record ArchiveLimits(int maxDepth, long maxEntries, long maxInflatedBytes) {

  /** Generous enough for a 500 MB Spring Boot fat jar, small enough to stop a zip bomb in seconds. */
  public static final ArchiveLimits DEFAULT = new ArchiveLimits(8, 500_000, 4L << 30);
}
