package dev.moat.vulndb;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moat.json.JsonTrees;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the stored JSON of {@link AdvisoryCodec} back into records, field by field. A scan decodes
 * a few dozen advisories; binding them through an {@code ObjectMapper} first builds its bean
 * deserializers by reflection, which cost more than the whole lookup. Unknown fields are ignored,
 * absent ones become empty values, as the mapper that writes them expects.
 */
final class StoredAdvisoryReader {

  private StoredAdvisoryReader() {}

  /** The advisory header (everything but its affected entries). */
  static Advisory advisory(byte[] json) throws IOException {
    JsonNode n = JsonTrees.parse(json);
    return new Advisory(text(n, "id"), strings(n.path("aliases")), strings(n.path("upstream")),
        optionalText(n, "summary"), optionalText(n, "details"), instant(n, "published"), instant(n, "modified"),
        instant(n, "withdrawn"), list(n.path("severities"), StoredAdvisoryReader::severity),
        list(n.path("references"), r -> new Reference(text(r, "type"), text(r, "url"))), List.of(),
        map(n.path("databaseSpecific")), text(n, "source"));
  }

  /** The affected entries of one package row, which hold neither ecosystem nor name. */
  static List<Affected> affected(byte[] json, String ecosystem, String name) throws IOException {
    return list(JsonTrees.parse(json), a -> new Affected(ecosystem, name, list(a.path("ranges"), StoredAdvisoryReader::range),
        strings(a.path("versions")), optionalText(a, "status").map(DistroStatus::valueOf), optionalText(a, "severity"),
        map(a.path("databaseSpecific"))));
  }

  private static Severity severity(JsonNode s) {
    return new Severity(text(s, "type"), text(s, "score"), optionalText(s, "source"));
  }

  private static Range range(JsonNode r) {
    List<Event> events = list(r.path("events"), e -> new Event(Event.Kind.valueOf(text(e, "kind")), text(e, "version")));
    return new Range(Range.Type.valueOf(text(r, "type")), events, optionalText(r, "repo"));
  }

  private static <T> List<T> list(JsonNode array, Function<JsonNode, T> element) {
    List<T> out = new ArrayList<>(array.size());
    for (JsonNode e : array) {
      out.add(element.apply(e));
    }
    return out;
  }

  private static List<String> strings(JsonNode array) {
    return list(array, JsonNode::asText);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Optional<String> optionalText(JsonNode n, String field) {
    return Optional.ofNullable(text(n, field));
  }

  private static Optional<Instant> instant(JsonNode n, String field) {
    return optionalText(n, field).map(Instant::parse);
  }

  private static Map<String, Object> map(JsonNode object) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      out.put(field.getKey(), plain(field.getValue()));
    }
    return out;
  }

  /** A JSON value as Jackson binds it to {@code Object}: maps, lists, strings, numbers, booleans, null. */
  private static Object plain(JsonNode v) {
    return switch (v.getNodeType()) {
      case OBJECT -> map(v);
      case ARRAY -> {
        List<Object> items = new ArrayList<>(v.size());
        v.forEach(item -> items.add(plain(item)));
        yield items;
      }
      case STRING -> v.textValue();
      case NUMBER -> v.numberValue();
      case BOOLEAN -> v.booleanValue();
      default -> null;
    };
  }
}
