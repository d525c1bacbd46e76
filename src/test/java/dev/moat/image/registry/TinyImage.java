package dev.moat.image.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moat.image.Digests;
import dev.moat.image.MediaTypes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * A one-layer image built in memory (a gzip tar holding one file, a config naming its diffID and
 * platform, an OCI manifest) and pushed with {@link RegistryClient}, for tests that need an image
 * in a registry without the fixture images.
 */
record TinyImage(String manifestDigest, byte[] manifest, String configDigest, String layerDigest, byte[] layer,
    String diffId) {

  static TinyImage push(RegistryClient client, String repository, String tag, String os, String architecture,
      String fileContent) {
    try {
      byte[] tar = tar("hello.txt", fileContent);
      byte[] layer = gzip(tar);
      ObjectMapper json = new ObjectMapper();
      String diffId = Digests.sha256(tar);
      byte[] config = json.writeValueAsBytes(Map.of(
          "os", os, "architecture", architecture,
          "config", Map.of("Env", List.of("PATH=/usr/bin"), "Cmd", List.of("/hello"), "Labels", Map.of("k", "v")),
          "rootfs", Map.of("type", "layers", "diff_ids", List.of(diffId))));
      String layerDigest = client.pushBlob(repository, layer);
      String configDigest = client.pushBlob(repository, config);
      byte[] manifest = json.writeValueAsBytes(Map.of(
          "schemaVersion", 2,
          "mediaType", MediaTypes.OCI_MANIFEST,
          "config", Map.of("mediaType", "application/vnd.oci.image.config.v1+json", "digest", configDigest,
              "size", config.length),
          "layers", List.of(Map.of("mediaType", "application/vnd.oci.image.layer.v1.tar+gzip",
              "digest", layerDigest, "size", layer.length))));
      String manifestDigest = client.pushManifest(repository, tag, MediaTypes.OCI_MANIFEST, manifest);
      return new TinyImage(manifestDigest, manifest, configDigest, layerDigest, layer, diffId);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] tar(String name, String content) throws IOException {
    byte[] data = content.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
      TarArchiveEntry entry = new TarArchiveEntry(name);
      entry.setSize(data.length);
      entry.setModTime(0);
      tar.putArchiveEntry(entry);
      tar.write(data);
      tar.closeArchiveEntry();
    }
    return out.toByteArray();
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(data);
    }
    return out.toByteArray();
  }
}
