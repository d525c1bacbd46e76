package dev.moat.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.image.Image;
import dev.moat.image.Layer;
import dev.moat.image.LayerEntry;
import dev.moat.sbom.Package;
import dev.moat.secret.SecretScanner;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine on small in-memory layers: dispatch by path, secrets in deleted files, the layer cache. */
class ImageAnalyzerTest {

  @TempDir Path temp;

  /** Finds one npm package per {@code package.json} whose content is {@code name@version}. */
  private static final FileAnalyzer FAKE_NPM = new FileAnalyzer() {
    @Override
    public String name() {
      return "fake-npm";
    }

    @Override
    public int version() {
      return 1;
    }

    @Override
    public boolean accepts(String path, long size) {
      return path.endsWith("/package.json");
    }

    @Override
    public FileFindings analyze(AnalyzedFile file) throws IOException {
      String[] nv = new String(file.content().readAllBytes(), StandardCharsets.UTF_8).trim().split("@");
      if (nv.length != 2) {
        throw new IOException("not name@version");
      }
      return FileFindings.packages(List.of(Package.of("npm", nv[0], nv[1], file.path())));
    }
  };

  private static final String KEY = "AWS_ACCESS_KEY_ID=AKIA2E0A8F3B244C9986\n";

  private final Map<Integer, List<Object[]>> layers = Map.of(
      0, List.of(file("/app/node_modules/a/package.json", "a@1.0.0"), file("/app/.env", KEY),
          file("/app/node_modules/broken/package.json", "garbage")),
      1, List.of(new Object[] {new LayerEntry("/app/.env", LayerEntry.Type.WHITEOUT, 0, 0, Optional.empty()), ""},
          file("/app/node_modules/b/package.json", "b@2.0.0")));

  private static Object[] file(String path, String content) {
    return new Object[] {new LayerEntry(path, LayerEntry.Type.FILE, content.length(), 0644, Optional.empty()), content};
  }

  private LayerWalker walker(AtomicInteger walks) {
    return (Layer layer, dev.moat.image.LayerVisitor visitor) -> {
      walks.incrementAndGet();
      for (Object[] e : layers.get(layer.index())) {
        try {
          visitor.visit((LayerEntry) e[0], new ByteArrayInputStream(((String) e[1]).getBytes(StandardCharsets.UTF_8)));
        } catch (IOException ex) {
          throw new IllegalStateException(ex);
        }
      }
    };
  }

  private ImageAnalysis analyze(AnalysisOptions options, AtomicInteger walks) {
    Image image = TestImages.withLayers(2);
    return new ImageAnalyzer(Analyzers.of(List.of(FAKE_NPM)), options, temp.resolve("tmp")).analyze(image, walker(walks));
  }

  @Test
  void packagesSecretsAndWarningsOfEveryLayerAreFoundAndPlaced() {
    ImageAnalysis result = analyze(AnalysisOptions.packagesOnly().withSecrets(new SecretScanner()), new AtomicInteger());

    assertThat(result.inventory().packages()).extracting(Package::key, Package::layer)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("a@1.0.0", TestImages.diffId(1)),
            org.assertj.core.groups.Tuple.tuple("b@2.0.0", TestImages.diffId(2)));
    assertThat(result.secrets()).singleElement().satisfies(s -> {
      assertThat(s.finding().path()).isEqualTo("/app/.env");
      assertThat(s.layerDiffId()).isEqualTo(TestImages.diffId(1));
      assertThat(s.deletedInFinalImage()).as("an upper layer deleted it, but it still ships").isTrue();
    });
    assertThat(result.warnings()).singleElement().asString()
        .contains("fake-npm").contains("/app/node_modules/broken/package.json");
  }

  @Test
  void layersInTheCacheAreNotReadAgain() {
    AnalysisOptions options = AnalysisOptions.packagesOnly().withCache(temp.resolve("cache"));
    AtomicInteger walks = new AtomicInteger();
    ImageAnalysis cold = analyze(options, walks);
    assertThat(walks).hasValue(2);
    ImageAnalysis warm = analyze(options, walks);
    assertThat(walks).as("no layer walked on the second run").hasValue(2);
    assertThat(warm.layersFromCache()).isEqualTo(2);
    assertThat(warm.inventory().packages()).containsExactlyInAnyOrderElementsOf(cold.inventory().packages());
    ImageAnalysis withSecrets = analyze(options.withSecrets(new SecretScanner()), walks);
    assertThat(walks).as("other scanners make another cache key").hasValue(4);
    assertThat(withSecrets.secrets()).hasSize(1);
  }

  @Test
  void skippedPathsAreNeitherAnalysedNorScanned() {
    ImageAnalysis result = analyze(AnalysisOptions.packagesOnly().withSecrets(new SecretScanner())
        .withSkip(new SkipRules(List.of("/app/.env"), List.of("/app/node_modules/b"))), new AtomicInteger());
    assertThat(result.inventory().packages()).extracting(Package::name).containsExactly("a");
    assertThat(result.secrets()).isEmpty();
    assertThat(temp.resolve("tmp")).doesNotExist();
  }
}
