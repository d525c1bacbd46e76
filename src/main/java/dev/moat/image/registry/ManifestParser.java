package dev.moat.image.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moat.MoatException;
import dev.moat.image.Descriptor;
import dev.moat.image.Platform;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the descriptors out of an image manifest or an index (schema version 2 only). */
final class ManifestParser {

  /** An image manifest: its config and layers, base first. */
  record ImageManifest(Descriptor config, List<Descriptor> layers) {
    ImageManifest {
      layers = List.copyOf(layers);
    }
  }

  private ManifestParser() {}

  static ImageManifest manifest(byte[] bytes, String name) {
    JsonNode json = read(bytes, name);
    List<Descriptor> layers = new ArrayList<>();
    for (JsonNode layer : json.path("layers")) {
      layers.add(descriptor(layer, name));
    }
    if (!json.path("config").isObject()) {
      throw MoatException.invalid("manifest " + name + " has no config");
    }
    return new ImageManifest(descriptor(json.get("config"), name), layers);
  }

  static List<Descriptor> index(byte[] bytes, String name) {
    JsonNode json = read(bytes, name);
    List<Descriptor> manifests = new ArrayList<>();
    for (JsonNode entry : json.path("manifests")) {
      manifests.add(descriptor(entry, name));
    }
    return List.copyOf(manifests);
  }

  private static JsonNode read(byte[] bytes, String name) {
    JsonNode json;
    try {
      json = new ObjectMapper().readTree(bytes);
    } catch (IOException e) {
      throw MoatException.invalid("manifest " + name + " is not valid JSON: " + e.getMessage(), e);
    }
    if (json == null || !json.isObject()) {
      throw MoatException.invalid("manifest " + name + " is not a JSON object");
    }
    if (json.path("schemaVersion").asInt(-1) != 2) {
      throw MoatException.invalid("manifest " + name + " has schemaVersion " + json.path("schemaVersion")
          + ", Moat reads only 2");
    }
    return json;
  }

  private static Descriptor descriptor(JsonNode node, String name) {
    String digest = node.path("digest").asText("");
    if (!Sha256.isValid(digest)) {
      throw MoatException.invalid("manifest " + name + " has an invalid or non-sha256 digest '" + digest + "'");
    }
    long size = node.path("size").asLong(-1);
    if (size < 0) {
      throw MoatException.invalid("manifest " + name + " gives no size for " + digest);
    }
    Optional<Platform> platform = Optional.empty();
    JsonNode p = node.path("platform");
    if (p.isObject()) {
      platform = Optional.of(new Platform(p.path("os").asText(""), p.path("architecture").asText(""),
          Optional.of(p.path("variant").asText("")).filter(v -> !v.isEmpty())));
    }
    Map<String, String> annotations = new LinkedHashMap<>();
    node.path("annotations").fields().forEachRemaining(e -> annotations.put(e.getKey(), e.getValue().asText()));
    return new Descriptor(node.path("mediaType").asText(""), digest, size, platform, annotations);
  }
}
