package dev.moat.ecosystem.npm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;

/** The shared, thread-safe JSON and YAML readers of npm's files. */
final class NpmJson {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private NpmJson() {}

  static JsonNode readJson(InputStream in) throws IOException {
    return JSON.readTree(in);
  }

  static JsonNode readYaml(InputStream in) throws IOException {
    return YAML.readTree(in);
  }
}
