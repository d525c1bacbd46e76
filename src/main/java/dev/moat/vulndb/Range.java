package dev.moat.vulndb;

import java.util.List;
import java.util.Optional;

/** An OSV range: events in one version scheme; {@code repo} only for GIT ranges. */
public record Range(Type type, List<Event> events, Optional<String> repo) {

  /** OSV range types. */
  public enum Type { ECOSYSTEM, SEMVER, GIT }

  public Range {
    events = Nulls.list(events);
    repo = Nulls.optional(repo);
  }

  public Range(Type type, List<Event> events) {
    this(type, events, Optional.empty());
  }
}
