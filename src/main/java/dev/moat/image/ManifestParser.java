package dev.moat.image;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.moat.MoatException;
import dev.moat.json.JsonTrees;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses manifests and indexes (OCI image spec v1, Docker v2 schema 2) from their bytes. Shared by
 * every transport; callers bound the size and verify the digest before parsing. Schema 1 and
 * unknown media types are refused.
 */
public final class ManifestParser {

  /** What a manifest document is: an {@link ImageIndex} or an {@link ImageManifest}. */
  public sealed interface Parsed permits ImageIndex, ImageManifest {
    String mediaType();
  }

  private ManifestParser() {}

  /**
   * Parses {@code bytes}. The media type is the document's own {@code mediaType} field, else
   * {@code declaredMediaType} (a descriptor's or a Content-Type), else inferred from the shape as
   * the OCI spec allows. {@code what} names the document in errors ({@code cannot read oci:x: manifest sha256:..}).
   */
  public static Parsed parse(byte[] bytes, Optional<String> declaredMediaType, String what) {
    JsonNode root = readTree(bytes, what);
    int schemaVersion = root.path("schemaVersion").asInt(-1);
    if (schemaVersion != 2) {
      throw MoatException.invalid(what + ": unsupported schemaVersion " + root.path("schemaVersion")
          + " (only schema 2 manifests are supported)");
    }
    String mediaType = text(root, "mediaType")
        .or(() -> declaredMediaType.filter(t -> !t.isBlank()))
        .orElseGet(() -> root.has("manifests") ? MediaTypes.OCI_INDEX : MediaTypes.OCI_MANIFEST);
    if (MediaTypes.isIndex(mediaType)) {
      return new ImageIndex(mediaType, descriptors(root.path("manifests"), what + ": manifests"));
    }
    if (MediaTypes.isManifest(mediaType)) {
      if (!root.path("config").isObject()) {
        throw MoatException.invalid(what + ": the manifest has no config descriptor");
      }
      Descriptor config = descriptor(root.get("config"), what + ": config");
      return new ImageManifest(mediaType, config, descriptors(root.path("layers"), what + ": layers"));
    }
    throw MoatException.invalid(what + ": unsupported manifest media type '" + mediaType + "'");
  }

  /** Parses an index ({@code index.json} of an OCI layout, or a blob that must be one). */
  public static ImageIndex parseIndex(byte[] bytes, String what) {
    Parsed parsed = parse(bytes, Optional.of(MediaTypes.OCI_INDEX), what);
    if (parsed instanceof ImageIndex index) {
      return index;
    }
    throw MoatException.invalid(what + ": expected an image index, found " + parsed.mediaType());
  }

  static JsonNode readTree(byte[] bytes, String what) {
    try {
      JsonNode root = JsonTrees.parse(bytes);
      if (!root.isObject()) {
        throw MoatException.invalid(what + " is not a JSON object");
      }
      return root;
    } catch (JacksonException e) {
      throw MoatException.invalid(what + " is not valid JSON: " + e.getOriginalMessage().replaceAll("\\s+", " "), e);
    } catch (IOException e) {
      throw MoatException.invalid(what + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static List<Descriptor> descriptors(JsonNode array, String what) {
    if (array.isMissingNode() || array.isNull()) {
      return List.of();
    }
    if (!array.isArray()) {
      throw MoatException.invalid(what + " is not a list");
    }
    List<Descriptor> result = new ArrayList<>(array.size());
    for (JsonNode node : array) {
      result.add(descriptor(node, what));
    }
    return result;
  }

  /** One descriptor; its digest is validated because it becomes a file path or URL later. */
  static Descriptor descriptor(JsonNode node, String what) {
    if (!node.isObject()) {
      throw MoatException.invalid(what + ": a descriptor is not a JSON object");
    }
    String digest = text(node, "digest").orElseThrow(() -> MoatException.invalid(what + ": a descriptor has no digest"));
    Digests.forDigest(digest, what);
    JsonNode size = node.path("size");
    if (!size.canConvertToLong() || size.asLong() < 0) {
      throw MoatException.invalid(what + ": descriptor " + digest + " has no valid size");
    }
    Optional<Platform> platform = Optional.empty();
    JsonNode p = node.path("platform");
    if (p.isObject()) {
      platform = Optional.of(new Platform(text(p, "os").orElse(""), text(p, "architecture").orElse(""),
          text(p, "variant")));
    }
    Map<String, String> annotations = new LinkedHashMap<>();
    node.path("annotations").properties().forEach(e -> {
      if (e.getValue().isTextual()) {
        annotations.put(e.getKey(), e.getValue().asText());
      }
    });
    return new Descriptor(text(node, "mediaType").orElse(null), digest, size.asLong(), platform, annotations);
  }

  static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }
}
