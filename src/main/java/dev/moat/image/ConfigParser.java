package dev.moat.image;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moat.MoatException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses an image configuration (OCI image config, identical in the fields Moat uses to the
 * Docker image JSON) into {@link ImageConfig}. Callers bound the size and verify the digest first.
 */
public final class ConfigParser {

  private ConfigParser() {}

  /** {@code what} names the config in errors ({@code cannot read oci:x: config sha256:..}). */
  public static ImageConfig parse(byte[] bytes, String what) {
    JsonNode root = ManifestParser.readTree(bytes, what);
    JsonNode rootfs = root.path("rootfs");
    if (!rootfs.path("diff_ids").isArray()) {
      throw MoatException.invalid(what + ": the config has no rootfs.diff_ids");
    }
    List<String> diffIds = strings(rootfs.get("diff_ids"));
    for (String diffId : diffIds) {
      Digests.forDigest(diffId, what + ": diffID");
    }
    JsonNode config = root.path("config");
    return new ImageConfig(
        ManifestParser.text(root, "os").orElse("unknown"),
        ManifestParser.text(root, "architecture").orElse("unknown"),
        nonEmpty(root, "variant"),
        nonEmpty(root, "created"),
        nonEmpty(config, "User"),
        nonEmpty(config, "WorkingDir"),
        strings(config.path("Env")),
        strings(config.path("Entrypoint")),
        strings(config.path("Cmd")),
        labels(config.path("Labels")),
        diffIds);
  }

  private static Optional<String> nonEmpty(JsonNode node, String field) {
    return ManifestParser.text(node, field).filter(s -> !s.isEmpty());
  }

  private static List<String> strings(JsonNode array) {
    if (!array.isArray()) {
      return List.of();
    }
    List<String> result = new ArrayList<>(array.size());
    array.forEach(n -> {
      if (n.isTextual()) {
        result.add(n.asText());
      }
    });
    return result;
  }

  private static Map<String, String> labels(JsonNode object) {
    Map<String, String> result = new LinkedHashMap<>();
    object.properties().forEach(e -> {
      if (e.getValue().isTextual()) {
        result.put(e.getKey(), e.getValue().asText());
      }
    });
    return result;
  }
}
