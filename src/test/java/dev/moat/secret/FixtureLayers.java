package dev.moat.secret;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/** Reads the layers of the fixture images from their OCI layout (test support, not Moat's image code). */
final class FixtureLayers {

  /** Receives each regular file of a layer. */
  interface FileVisitor {
    void visit(String path, long size, InputStream content) throws IOException;
  }

  private FixtureLayers() {}

  /** The fixture directory named by {@code -Dmoat.fixtures}; fails when it is not there. */
  static Path fixtures() {
    return dev.moat.scan.Fixtures.dir();
  }

  /** The layer blobs of the image tagged {@code tag}, bottom first. */
  static List<Path> layers(Path fixtures, String tag) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Path oci = fixtures.resolve("oci");
    JsonNode index = json.readTree(oci.resolve("index.json").toFile());
    Set<Path> layers = new LinkedHashSet<>();
    for (JsonNode manifest : index.path("manifests")) {
      if (tag.equals(manifest.path("annotations").path("org.opencontainers.image.ref.name").asText())) {
        JsonNode body = json.readTree(blob(oci, manifest.path("digest").asText()).toFile());
        for (JsonNode layer : body.path("layers")) {
          layers.add(blob(oci, layer.path("digest").asText()));
        }
      }
    }
    if (layers.isEmpty()) {
      throw new AssertionError("no image tagged " + tag + " in " + oci);
    }
    return new ArrayList<>(layers);
  }

  private static Path blob(Path oci, String digest) {
    return oci.resolve("blobs").resolve(digest.replace(':', '/'));
  }

  /** Streams every regular file of a gzip layer to {@code visitor}; returns the bytes of all files. */
  static long walk(Path layer, FileVisitor visitor) throws IOException {
    long bytes = 0;
    try (InputStream file = new BufferedInputStream(Files.newInputStream(layer), 1 << 16);
        TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(file))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        String name = entry.getName();
        if (!entry.isFile() || name.substring(name.lastIndexOf('/') + 1).startsWith(".wh.")) {
          continue;
        }
        String path = "/" + name.replaceFirst("^\\./", "").replaceFirst("^/+", "");
        bytes += entry.getSize();
        visitor.visit(path, entry.getSize(), tar);
      }
    }
    return bytes;
  }
}
