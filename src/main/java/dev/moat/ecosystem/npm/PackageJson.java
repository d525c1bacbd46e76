package dev.moat.ecosystem.npm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The identity and licenses a {@code package.json} declares. */
record PackageJson(String name, String version, List<String> licenses) {

  PackageJson {
    licenses = List.copyOf(licenses);
  }

  /** Empty unless both name and version are present, as npm itself requires of an installed package. */
  static Optional<PackageJson> of(JsonNode json) {
    String name = json.path("name").asText("");
    String version = json.path("version").asText("");
    if (name.isEmpty() || version.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new PackageJson(name, version, licenses(json)));
  }

  /**
   * {@code "license": "MIT"}, the deprecated {@code "license": {"type": "MIT"}} and
   * {@code "licenses": [{"type": "MIT"}]} forms npm still finds in old packages.
   */
  static List<String> licenses(JsonNode json) {
    List<String> licenses = new ArrayList<>();
    addLicense(json.path("license"), licenses);
    for (JsonNode license : json.path("licenses")) {
      addLicense(license, licenses);
    }
    return licenses;
  }

  private static void addLicense(JsonNode license, List<String> into) {
    String text = license.isTextual() ? license.asText() : license.path("type").asText("");
    if (!text.isBlank()) {
      into.add(text.strip());
    }
  }
}
