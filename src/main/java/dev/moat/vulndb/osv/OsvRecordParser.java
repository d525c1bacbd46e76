package dev.moat.vulndb.osv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moat.MoatException;
import dev.moat.vulndb.Advisory;
import dev.moat.vulndb.Affected;
import dev.moat.vulndb.DistroStatus;
import dev.moat.vulndb.Ecosystems;
import dev.moat.vulndb.Event;
import dev.moat.vulndb.Range;
import dev.moat.vulndb.Reference;
import dev.moat.vulndb.Severity;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Turns one OSV record (JSON or YAML, already parsed to a tree) into an {@link Advisory}. */
public final class OsvRecordParser {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private OsvRecordParser() {}

  /** The advisory of {@code node}; {@code where} names the file for errors. */
  public static Advisory parse(JsonNode node, String where) {
    String id = text(node, "id").orElseThrow(() -> MoatException.invalid(where + ": OSV record has no id"));
    if (!node.path("affected").isMissingNode() && !node.path("affected").isArray()) {
      throw MoatException.invalid(where + ": OSV record " + id + ": affected is not a list");
    }
    List<Affected> affected = new ArrayList<>();
    for (JsonNode a : node.path("affected")) {
      affected.add(affected(a, id, where));
    }
    List<Severity> severities = new ArrayList<>();
    for (JsonNode s : node.path("severity")) {
      text(s, "type").ifPresent(t -> severities.add(new Severity(t, s.path("score").asText(""))));
    }
    List<Reference> references = new ArrayList<>();
    for (JsonNode r : node.path("references")) {
      text(r, "url").ifPresent(u -> references.add(new Reference(r.path("type").asText("WEB"), u)));
    }
    return new Advisory(id, strings(node.path("aliases")), strings(node.path("upstream")),
        text(node, "summary"), text(node, "details"),
        time(node, "published", where), time(node, "modified", where), time(node, "withdrawn", where),
        severities, references, affected, map(node.path("database_specific")), OsvSources.forId(id).name());
  }

  private static Affected affected(JsonNode a, String id, String where) {
    JsonNode pkg = a.path("package");
    // Debian ELTS writes wrong purls; the name is right, so the name is what counts everywhere.
    String ecosystem = Ecosystems.normalise(pkg.path("ecosystem").asText(""));
    String name = Ecosystems.normaliseName(ecosystem, pkg.path("name").asText(""));
    if (ecosystem.isEmpty() && name.isEmpty()) {
      // OSV allows an entry with only GIT ranges (PSF's CPython advisories); it is found by its repo.
      ecosystem = Ecosystems.GIT;
      name = a.path("ranges").findPath("repo").asText("");
    }
    List<Range> ranges = new ArrayList<>();
    JsonNode rangeNodes = a.path("ranges");
    // Debian ELTS writes some ranges as one object instead of a list; its meaning is unambiguous.
    for (JsonNode r : rangeNodes.isObject() ? List.of(rangeNodes) : rangeNodes) {
      ranges.add(range(r, id, where));
    }
    JsonNode eco = a.path("ecosystem_specific");
    Optional<String> severity = text(eco, "urgency").or(() -> text(eco, "severity"))
        .or(() -> text(a.path("database_specific"), "severity"));
    boolean hasFix = ranges.stream().anyMatch(r -> r.events().stream().anyMatch(e -> e.kind() == Event.Kind.FIXED));
    Optional<DistroStatus> status = isDistro(ecosystem) && hasFix ? Optional.of(DistroStatus.FIXED) : Optional.empty();
    Map<String, Object> specific = map(eco);
    return new Affected(ecosystem, name, ranges, strings(a.path("versions")), status, severity, specific);
  }

  private static Range range(JsonNode r, String id, String where) {
    Range.Type type;
    try {
      type = Range.Type.valueOf(r.path("type").asText("").toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw MoatException.invalid(where + ": OSV record " + id + ": unknown range type '" + r.path("type").asText() + "'");
    }
    List<Event> events = new ArrayList<>();
    for (JsonNode e : r.path("events")) {
      e.properties().forEach(f -> events.add(new Event(eventKind(f.getKey(), id, where), f.getValue().asText())));
    }
    return new Range(type, events, text(r, "repo"));
  }

  private static Event.Kind eventKind(String key, String id, String where) {
    return switch (key) {
      case "introduced" -> Event.Kind.INTRODUCED;
      case "fixed" -> Event.Kind.FIXED;
      case "last_affected" -> Event.Kind.LAST_AFFECTED;
      case "limit" -> Event.Kind.LIMIT;
      default -> throw MoatException.invalid(where + ": OSV record " + id + ": unknown range event '" + key + "'");
    };
  }

  private static boolean isDistro(String ecosystem) {
    return ecosystem.startsWith("Debian:") || ecosystem.startsWith("Ubuntu:") || ecosystem.startsWith("Alpine:");
  }

  static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isValueNode() && !v.isNull() && !v.asText().isEmpty() ? Optional.of(v.asText()) : Optional.empty();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  private static Optional<Instant> time(JsonNode node, String field, String where) {
    return text(node, field).map(t -> {
      try {
        return OffsetDateTime.parse(t).toInstant();
      } catch (DateTimeParseException e) {
        throw MoatException.invalid(where + ": " + field + " '" + t + "' is not an RFC 3339 time", e);
      }
    });
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(JsonNode node) {
    return node.isObject() ? MAPPER.convertValue(node, Map.class) : Map.of();
  }
}
