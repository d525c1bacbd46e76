package dev.moat.analyze;

import dev.moat.image.Layer;
import dev.moat.image.LayerEntry;
import dev.moat.secret.SecretFinding;
import dev.moat.secret.SecretScanner;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Analyses one layer on its own: streams it once, hands each file to the analyzers that want it
 * (decided from the path before any byte is read) and to the secret scanner, and records the
 * layer's whiteouts.
 */
final class LayerAnalyzer {

  /** Files read by more than one consumer are buffered in memory up to this size, else spilled to disk. */
  private static final int MEMORY_BUFFER_LIMIT = 16 << 20;

  private final List<FileAnalyzer> analyzers;
  private final Optional<SecretScanner> secrets;
  private final SkipRules skip;
  private final Path tempRoot;

  LayerAnalyzer(List<FileAnalyzer> analyzers, Optional<SecretScanner> secrets, SkipRules skip, Path tempRoot) {
    this.analyzers = List.copyOf(analyzers);
    this.secrets = secrets;
    this.skip = skip;
    this.tempRoot = tempRoot;
  }

  LayerAnalysis analyze(Layer layer, LayerWalker walker) {
    Path tempDir = createTempDir();
    try {
      Collector collector = new Collector(tempDir);
      walker.walk(layer, collector::visit);
      return new LayerAnalysis(layer.diffId(), collector.files, collector.whiteouts, collector.opaque,
          collector.secretFindings, collector.warnings);
    } finally {
      TempFiles.deleteRecursively(tempDir);
    }
  }

  private Path createTempDir() {
    try {
      Files.createDirectories(tempRoot);
      return Files.createTempDirectory(tempRoot, "layer-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temp directory in " + tempRoot, e);
    }
  }

  /** Per-layer mutable state; used by one thread. */
  private final class Collector {
    final Map<String, FileFindings> files = new HashMap<>();
    final List<String> whiteouts = new ArrayList<>();
    final List<String> opaque = new ArrayList<>();
    final List<SecretFinding> secretFindings = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final Path tempDir;
    final List<FileAnalyzer> wanting = new ArrayList<>();

    Collector(Path tempDir) {
      this.tempDir = tempDir;
    }

    void visit(LayerEntry entry, InputStream content) throws IOException {
      switch (entry.type()) {
        case WHITEOUT -> whiteouts.add(entry.path());
        case OPAQUE_DIRECTORY -> opaque.add(entry.path());
        case FILE -> visitFile(entry, content);
        default -> { }
      }
    }

    private void visitFile(LayerEntry entry, InputStream content) throws IOException {
      String path = entry.path();
      long size = entry.size();
      wanting.clear();
      for (FileAnalyzer analyzer : analyzers) {
        if (analyzer.accepts(path, size)) {
          wanting.add(analyzer);
        }
      }
      boolean scanSecrets = secrets.isPresent() && secrets.get().accepts(path, size);
      if ((wanting.isEmpty() && !scanSecrets) || skip.skips(path)) {
        return;
      }
      int consumers = wanting.size() + (scanSecrets ? 1 : 0);
      if (consumers == 1) {
        consume(entry, () -> content);
      } else if (size <= MEMORY_BUFFER_LIMIT) {
        byte[] bytes = content.readNBytes((int) size);
        consume(entry, () -> new ByteArrayInputStream(bytes));
      } else {
        Path spill = tempDir.resolve("spill");
        Files.copy(content, spill, StandardCopyOption.REPLACE_EXISTING);
        try {
          consume(entry, () -> Files.newInputStream(spill));
        } finally {
          Files.deleteIfExists(spill);
        }
      }
    }

    private void consume(LayerEntry entry, ContentOpener opener) throws IOException {
      if (secrets.isPresent() && secrets.get().accepts(entry.path(), entry.size())) {
        try (InputStream in = opener.open()) {
          secretFindings.addAll(secrets.get().scan(entry.path(), entry.size(), in));
        }
      }
      FileFindings merged = null;
      for (FileAnalyzer analyzer : wanting) {
        try (InputStream in = opener.open()) {
          FileFindings found = analyzer.analyze(new AnalyzedFile(entry.path(), entry.size(), in, tempDir));
          merged = merged == null ? found : FileFindingsMerger.merge(merged, found);
        } catch (IOException | RuntimeException e) {
          if (e instanceof dev.moat.MoatException moat && moat.kind() != dev.moat.MoatException.Kind.INVALID_INPUT
              && moat.kind() != dev.moat.MoatException.Kind.LIMIT_EXCEEDED) {
            throw moat;
          }
          warnings.add(analyzer.name() + " could not analyse " + entry.path() + ": " + e.getMessage());
        }
      }
      if (!wanting.isEmpty()) {
        files.put(entry.path(), merged == null ? FileFindings.NONE : merged);
      }
    }
  }

  @FunctionalInterface
  private interface ContentOpener {
    InputStream open() throws IOException;
  }
}
