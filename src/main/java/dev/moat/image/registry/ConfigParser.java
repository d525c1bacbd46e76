package dev.moat.image.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moat.MoatException;
import dev.moat.image.ImageConfig;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads an OCI / Docker image configuration into {@link ImageConfig}. */
final class ConfigParser {

  private ConfigParser() {}

  static ImageConfig parse(byte[] bytes, String name) {
    JsonNode json;
    try {
      json = new ObjectMapper().readTree(bytes);
    } catch (IOException e) {
      throw MoatException.invalid("image config " + name + " is not valid JSON: " + e.getMessage(), e);
    }
    if (json == null || !json.isObject()) {
      throw MoatException.invalid("image config " + name + " is not a JSON object");
    }
    JsonNode config = json.path("config");
    Map<String, String> labels = new LinkedHashMap<>();
    config.path("Labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
    return new ImageConfig(
        json.path("os").asText(""),
        json.path("architecture").asText(""),
        text(json, "variant"),
        text(json, "created"),
        text(config, "User"),
        text(config, "WorkingDir"),
        strings(config.path("Env")),
        strings(config.path("Entrypoint")),
        strings(config.path("Cmd")),
        labels,
        strings(json.path("rootfs").path("diff_ids")));
  }

  private static Optional<String> text(JsonNode node, String field) {
    return Optional.of(node.path(field).asText("")).filter(s -> !s.isEmpty());
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    for (JsonNode value : array) {
      values.add(value.asText());
    }
    return values;
  }
}
