package dev.moat.ecosystem.rubygems;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moat.MoatException;
import dev.moat.json.JsonTrees;
import dev.moat.vulndb.Advisory;
import dev.moat.vulndb.Affected;
import dev.moat.vulndb.Event;
import dev.moat.vulndb.FeedEntry;
import dev.moat.vulndb.FeedReader;
import dev.moat.vulndb.FeedSink;
import dev.moat.vulndb.Range;
import dev.moat.vulndb.Reference;
import dev.moat.vulndb.Severity;
import dev.moat.vulndb.Source;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads ruby-advisory-db YAML: {@code gems/<gem>/<id>.yml} (ecosystem {@code RubyGems}) and
 * {@code rubies/<engine>/<id>.yml} (ecosystem {@code Ruby}, the interpreter name as package).
 * RubySec gives requirement lists ({@code patched_versions: ["~> 5.2.4, >= 5.2.4.3", ">= 6.0.3.1"]})
 * rather than OSV events; they are kept verbatim in the affected entry's {@code databaseSpecific}, and
 * a single {@code >= X} becomes an OSV range fixed at X.
 */
public final class RubySecReader implements FeedReader {

  static final Source SOURCE = new Source("RubySec Advisory Database", "https://rubysec.com/", "public domain (some older OSVDB-derived text excepted)");

  @Override
  public String format() {
    return "RubySec YAML";
  }

  @Override
  public int priority() {
    return 10;
  }

  @Override
  public boolean accepts(FeedEntry entry) {
    if (!entry.endsWith(".yml", ".yaml")) {
      return false;
    }
    String head = entry.head(512);
    return (head.contains("\ngem:") || head.contains("\nengine:")) && (head.contains("\ncve:")
        || head.contains("\nghsa:") || head.contains("\nosvdb:") || head.contains("\ntitle:"));
  }

  @Override
  public void read(FeedEntry entry, FeedSink sink) throws IOException {
    JsonNode y = JsonTrees.parseYaml(entry.content());
    boolean gem = y.has("gem");
    String name = y.path(gem ? "gem" : "engine").asText("");
    if (name.isEmpty()) {
      throw MoatException.invalid(entry.path() + ": RubySec advisory names no gem or engine");
    }
    List<String> ids = new ArrayList<>();
    text(y, "cve").ifPresent(c -> ids.add("CVE-" + c));
    text(y, "ghsa").ifPresent(g -> ids.add("GHSA-" + g));
    text(y, "osvdb").ifPresent(o -> ids.add("OSVDB-" + o));
    if (ids.isEmpty()) {
      String file = entry.fileName();
      ids.add(file.substring(0, file.lastIndexOf('.')));
    }
    List<Severity> severities = new ArrayList<>();
    text(y, "cvss_v2").ifPresent(s -> severities.add(new Severity("CVSS_V2", s)));
    text(y, "cvss_v3").ifPresent(s -> severities.add(new Severity("CVSS_V3", s)));
    text(y, "cvss_v4").ifPresent(s -> severities.add(new Severity("CVSS_V4", s)));
    List<Reference> references = new ArrayList<>();
    text(y, "url").ifPresent(u -> references.add(new Reference("ADVISORY", u)));
    y.path("related").path("url").forEach(u -> references.add(new Reference("WEB", u.asText())));
    List<String> patched = strings(y.path("patched_versions"));
    List<String> unaffected = strings(y.path("unaffected_versions"));
    Map<String, Object> requirements = new LinkedHashMap<>();
    requirements.put("patched_versions", patched);
    requirements.put("unaffected_versions", unaffected);
    List<Range> ranges = patched.size() == 1 && unaffected.isEmpty() && patched.get(0).matches(">=\\s*[^,<>~=\\s]+")
        ? List.of(new Range(Range.Type.ECOSYSTEM, List.of(new Event(Event.Kind.INTRODUCED, "0"),
            new Event(Event.Kind.FIXED, patched.get(0).replaceFirst(">=\\s*", "")))))
        : List.of();
    Affected affected = new Affected(gem ? "RubyGems" : "Ruby", name, ranges, List.of(), Optional.empty(),
        Optional.empty(), requirements);
    Optional<java.time.Instant> date = text(y, "date").map(d -> LocalDate.parse(d).atStartOfDay().toInstant(ZoneOffset.UTC));
    sink.advisory(SOURCE, new Advisory(ids.get(0), ids.subList(1, ids.size()), List.of(), text(y, "title"),
        text(y, "description"), date, Optional.empty(), Optional.empty(), severities, references, List.of(affected),
        Map.of(), SOURCE.name()));
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isValueNode() && !v.isNull() && !v.asText().isBlank() ? Optional.of(v.asText().strip()) : Optional.empty();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }
}
