package dev.moat.image;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** Writes small OCI layouts, oci-archives and docker-archives from test layer tars. */
public final class OciLayoutWriter {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path dir;
  private final ArrayNode indexManifests = JSON.createArrayNode();

  public OciLayoutWriter(Path dir) {
    this.dir = dir;
  }

  /** What was written for one image. */
  public record Written(String manifestDigest, String configDigest, byte[] config, List<String> layerDigests,
      List<String> diffIds, List<byte[]> tars) {}

  /** Adds an image of gzip layers tagged {@code tag} for {@code platform} ("linux/amd64"). */
  public Written add(String tag, String platform, List<byte[]> tars) {
    try {
      List<String> layerDigests = new ArrayList<>();
      List<String> diffIds = new ArrayList<>();
      ArrayNode layers = JSON.createArrayNode();
      for (byte[] tar : tars) {
        byte[] blob = TestLayers.gzip(tar);
        String digest = blob(blob);
        layerDigests.add(digest);
        diffIds.add(Digests.sha256(tar));
        layers.add(descriptor("application/vnd.oci.image.layer.v1.tar+gzip", digest, blob.length));
      }
      String[] p = platform.split("/");
      ObjectNode config = JSON.createObjectNode().put("architecture", p[1]).put("os", p[0]);
      config.putObject("config").put("User", "app").put("WorkingDir", "/srv")
          .<ObjectNode>set("Env", JSON.createArrayNode().add("PATH=/usr/bin").add("MODE=test"))
          .<ObjectNode>set("Cmd", JSON.createArrayNode().add("/bin/sh"))
          .putObject("Labels").put("org.example.tag", tag);
      ArrayNode ids = config.putObject("rootfs").put("type", "layers").putArray("diff_ids");
      diffIds.forEach(ids::add);
      byte[] configBytes = JSON.writeValueAsBytes(config);
      String configDigest = blob(configBytes);
      ObjectNode manifest = JSON.createObjectNode().put("schemaVersion", 2)
          .put("mediaType", MediaTypes.OCI_MANIFEST);
      manifest.set("config", descriptor(MediaTypes.OCI_CONFIG, configDigest, configBytes.length));
      manifest.set("layers", layers);
      byte[] manifestBytes = JSON.writeValueAsBytes(manifest);
      String manifestDigest = blob(manifestBytes);
      ObjectNode entry = descriptor(MediaTypes.OCI_MANIFEST, manifestDigest, manifestBytes.length);
      if (tag != null) {
        entry.putObject("annotations").put("org.opencontainers.image.ref.name", tag);
      }
      indexManifests.add(entry);
      writeIndex();
      return new Written(manifestDigest, configDigest, configBytes, layerDigests, diffIds, tars);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds an index over {@code platforms} of earlier images (by manifest digest), tagged {@code tag}. */
  public String addIndex(String tag, List<Written> images, List<String> platforms) throws IOException {
    ObjectNode index = JSON.createObjectNode().put("schemaVersion", 2).put("mediaType", MediaTypes.OCI_INDEX);
    ArrayNode manifests = index.putArray("manifests");
    for (int i = 0; i < images.size(); i++) {
      Path file = blobPath(images.get(i).manifestDigest());
      String[] p = platforms.get(i).split("/");
      ObjectNode d = descriptor(MediaTypes.OCI_MANIFEST, images.get(i).manifestDigest(), Files.size(file));
      d.putObject("platform").put("os", p[0]).put("architecture", p[1]);
      manifests.add(d);
    }
    byte[] bytes = JSON.writeValueAsBytes(index);
    String digest = blob(bytes);
    indexManifests.add(descriptor(MediaTypes.OCI_INDEX, digest, bytes.length)
        .<ObjectNode>set("annotations", JSON.createObjectNode().put("org.opencontainers.image.ref.name", tag)));
    writeIndex();
    return digest;
  }

  public Path blobPath(String digest) {
    return dir.resolve("blobs/sha256").resolve(digest.substring("sha256:".length()));
  }

  private String blob(byte[] data) throws IOException {
    String digest = Digests.sha256(data);
    Path file = blobPath(digest);
    Files.createDirectories(file.getParent());
    Files.write(file, data);
    return digest;
  }

  private void writeIndex() throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
    ObjectNode index = JSON.createObjectNode().put("schemaVersion", 2).put("mediaType", MediaTypes.OCI_INDEX);
    index.set("manifests", indexManifests);
    Files.write(dir.resolve("index.json"), JSON.writeValueAsBytes(index));
  }

  private static ObjectNode descriptor(String mediaType, String digest, long size) {
    return JSON.createObjectNode().put("mediaType", mediaType).put("digest", digest).put("size", size);
  }

  /** Packs the layout directory into {@code archive} (an oci-archive), entries named as skopeo does. */
  public void packArchive(Path archive) throws IOException {
    try (OutputStream out = Files.newOutputStream(archive);
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
        Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted().toList()) {
        if (file.equals(dir)) {
          continue;
        }
        TarArchiveEntry entry = new TarArchiveEntry(file.toFile(), dir.relativize(file).toString());
        tar.putArchiveEntry(entry);
        if (Files.isRegularFile(file)) {
          Files.copy(file, tar);
        }
        tar.closeArchiveEntry();
      }
    }
  }

  /**
   * Writes {@code image} as a docker-archive: uncompressed layers named {@code HEX.tar}, config
   * {@code HEX.json}, {@code manifest.json} with {@code repoTags}.
   */
  public static void writeDockerArchive(Path archive, List<Written> images, List<List<String>> repoTags)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(archive); TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
      ArrayNode manifest = JSON.createArrayNode();
      for (int i = 0; i < images.size(); i++) {
        Written image = images.get(i);
        String configName = image.configDigest().substring(7) + ".json";
        put(tar, configName, image.config());
        ObjectNode entry = manifest.addObject().put("Config", configName);
        ArrayNode tags = entry.putArray("RepoTags");
        repoTags.get(i).forEach(tags::add);
        ArrayNode layers = entry.putArray("Layers");
        for (int l = 0; l < image.tars().size(); l++) {
          String name = image.diffIds().get(l).substring(7) + ".tar";
          put(tar, name, image.tars().get(l));
          layers.add(name);
        }
      }
      put(tar, "manifest.json", JSON.writeValueAsBytes(manifest));
    }
  }

  private static void put(TarArchiveOutputStream tar, String name, byte[] data) throws IOException {
    TarArchiveEntry entry = new TarArchiveEntry(name);
    entry.setSize(data.length);
    tar.putArchiveEntry(entry);
    tar.write(data);
    tar.closeArchiveEntry();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
