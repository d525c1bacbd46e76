package dev.moat.ecosystem.rpm;

import dev.moat.analyze.AnalyzedFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Locates the real rpm databases under src/test/resources and collects their header blobs. */
final class RpmTestData {

  static final String MARINER_SQLITE = "cbl-mariner-2.0/rpmdb.sqlite";
  static final String LIBUUID_BDB = "libuuid-bdb/Packages";
  static final String SLE_NDB = "sle15-bci-ndb/Packages.db";

  private RpmTestData() {}

  static Path path(String resource) {
    try {
      return Path.of(RpmTestData.class.getResource(resource).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> lines(String resource) throws IOException {
    return Files.readAllLines(path(resource));
  }

  static List<byte[]> blobs(ReaderCall reader, String resource) throws IOException {
    List<byte[]> blobs = new ArrayList<>();
    reader.read(path(resource), blobs::add);
    return blobs;
  }

  static AnalyzedFile analyzedFile(String imagePath, String resource, Path tempDir) throws IOException {
    InputStream in = Files.newInputStream(path(resource));
    return new AnalyzedFile(imagePath, Files.size(path(resource)), in, tempDir);
  }

  /** One of the readers' static {@code read} methods. */
  @FunctionalInterface
  interface ReaderCall {
    void read(Path db, HeaderBlobSink sink) throws IOException;
  }
}
