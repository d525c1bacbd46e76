package dev.moat.vulndb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moat.MoatException;
import dev.moat.json.JsonTrees;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code index.json} of a database mirror: the files to fetch, relative to the mirror URL, each
 * with its sha256 and size. A mirror is any static web server holding a copy of a downloads directory
 * (every {@code moat db update} writes this index there):
 * <pre>
 * {"schemaVersion": 1, "files": [{"path": "osv/Go/all.zip", "sha256": "9f2c…", "size": 4817011}, …]}
 * </pre>
 */
public final class MirrorIndex {

  static final String FILE_NAME = "index.json";

  private MirrorIndex() {}

  /** The files listed by {@code index}, resolved against the mirror's base URL. */
  public static List<FeedFile> parse(byte[] index, URI mirror) {
    JsonNode root;
    try {
      root = JsonTrees.parse(index);
    } catch (IOException e) {
      throw MoatException.invalid("mirror " + mirror + ": " + FILE_NAME + " is not JSON: " + e.getMessage(), e);
    }
    if (root == null || root.path("schemaVersion").asInt(-1) != 1 || !root.path("files").isArray()) {
      throw MoatException.invalid("mirror " + mirror + ": " + FILE_NAME + " is not a version 1 index with a files list");
    }
    String base = mirror.toString().endsWith("/") ? mirror.toString() : mirror + "/";
    List<FeedFile> files = new ArrayList<>();
    for (JsonNode f : root.path("files")) {
      String path = f.path("path").asText("");
      String sha = f.path("sha256").asText("");
      if (path.isEmpty()) {
        throw MoatException.invalid("mirror " + mirror + ": " + FILE_NAME + " lists a file without a path");
      }
      if (!sha.isEmpty() && !sha.matches("[0-9a-f]{64}")) {
        throw MoatException.invalid("mirror " + mirror + ": " + FILE_NAME + ": sha256 of " + path + " is not 64 hex digits");
      }
      files.add(new FeedFile(path, URI.create(base + path), sha.isEmpty() ? Optional.empty() : Optional.of(sha)));
    }
    return List.copyOf(files);
  }

  /** The index for files with these digests and sizes ({@code path → [sha256, size]}). */
  static byte[] write(Map<String, Map.Entry<String, Long>> files) throws IOException {
    ObjectNode root = JsonTrees.object();
    root.put("schemaVersion", 1);
    ArrayNode list = root.putArray("files");
    files.forEach((path, d) -> list.addObject().put("path", path).put("sha256", d.getKey()).put("size", d.getValue()));
    return JsonTrees.toPrettyString(root).getBytes(StandardCharsets.UTF_8);
  }
}
