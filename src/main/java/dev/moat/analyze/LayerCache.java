package dev.moat.analyze;

import dev.moat.MoatFiles;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Per-layer analysis results on disk, keyed by the layer's diffID and the analysis fingerprint
 * (analyzer names and versions, scanners), so a layer seen before is never read again. Entries
 * are written to a temp file and renamed, so a crash never leaves a half-written entry; an entry
 * that cannot be read is treated as missing.
 */
final class LayerCache {

  private final Path directory;

  LayerCache(Path root, String fingerprint) {
    this.directory = root.resolve("layers").resolve(sha256(fingerprint).substring(0, 16));
  }

  Optional<LayerAnalysis> get(String diffId) {
    Path file = fileFor(diffId);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (DataInputStream in = new DataInputStream(new GZIPInputStream(Files.newInputStream(file), 1 << 16))) {
      return Optional.of(LayerAnalysisCodec.read(in));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  void put(LayerAnalysis analysis) {
    Path file = fileFor(analysis.diffId());
    try {
      Files.createDirectories(directory);
      Path temp = Files.createTempFile(directory, ".tmp-", ".bin.gz");
      try {
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(
            new GZIPOutputStream(Files.newOutputStream(temp), 1 << 16), 1 << 16))) {
          LayerAnalysisCodec.write(analysis, out);
        }
        MoatFiles.replace(temp, file);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      // A cache that cannot be written only costs speed on the next scan.
    }
  }

  private Path fileFor(String diffId) {
    String safe = diffId.replace(':', '-');
    if (!safe.matches("[a-z0-9]+-[a-f0-9]{32,128}")) {
      throw new IllegalArgumentException("not a digest: " + diffId);
    }
    return directory.resolve(safe + ".v" + LayerAnalysisCodec.VERSION + ".bin.gz");
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
