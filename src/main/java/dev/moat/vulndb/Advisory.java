package dev.moat.vulndb;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One advisory, normalised to OSV semantics (https://ossf.github.io/osv-schema/) whatever feed it came
 * from. {@link VulnerabilityDatabase#advisories} returns it with only the affected entries of the
 * package asked for.
 *
 * @param id the feed's identifier (GO-2023-1705, DSA-5380-1, CVE-2023-45853 for distro trackers)
 * @param aliases identifiers of the same vulnerability elsewhere (CVE, GHSA)
 * @param upstream identifiers this advisory derives from (OSV 1.7 {@code upstream})
 * @param summary one line, if the feed has one
 * @param details the description, truncated to {@link #DETAILS_LIMIT} characters
 * @param source the name of the feed it came from, as in {@link DbInfo#sources()}
 * @param databaseSpecific extra facts of the feed, as JSON values (maps, lists, strings, numbers)
 */
public record Advisory(
    String id,
    List<String> aliases,
    List<String> upstream,
    Optional<String> summary,
    Optional<String> details,
    Optional<Instant> published,
    Optional<Instant> modified,
    Optional<Instant> withdrawn,
    List<Severity> severities,
    List<Reference> references,
    List<Affected> affected,
    Map<String, Object> databaseSpecific,
    String source) {

  /** Longer descriptions are cut: the database is for matching, the source has the full text. */
  public static final int DETAILS_LIMIT = 2000;

  public Advisory {
    aliases = Nulls.list(aliases);
    upstream = Nulls.list(upstream);
    summary = Nulls.optional(summary);
    details = Nulls.optional(details).map(Advisory::truncate);
    published = Nulls.optional(published);
    modified = Nulls.optional(modified);
    withdrawn = Nulls.optional(withdrawn);
    severities = Nulls.list(severities);
    references = Nulls.list(references);
    affected = Nulls.list(affected);
    databaseSpecific = Nulls.map(databaseSpecific);
    source = source == null ? "" : source;
  }

  /** This advisory with {@code affected} replaced. */
  public Advisory withAffected(List<Affected> newAffected) {
    return new Advisory(id, aliases, upstream, summary, details, published, modified, withdrawn,
        severities, references, newAffected, databaseSpecific, source);
  }

  /** The id, aliases and upstream ids: every name this vulnerability goes by. */
  public List<String> allIds() {
    java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
    ids.add(id);
    ids.addAll(aliases);
    ids.addAll(upstream);
    return List.copyOf(ids);
  }

  private static String truncate(String text) {
    return text.length() <= DETAILS_LIMIT ? text : text.substring(0, DETAILS_LIMIT) + "…";
  }
}
