package dev.moat.ecosystem.npm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moat.json.JsonTrees;
import java.io.IOException;
import java.io.InputStream;

/** The shared, thread-safe JSON and YAML readers of npm's files. */
final class NpmJson {

  private NpmJson() {}

  static JsonNode readJson(InputStream in) throws IOException {
    return JsonTrees.parse(in);
  }

  static JsonNode readYaml(InputStream in) throws IOException {
    return JsonTrees.parseYaml(in);
  }
}
