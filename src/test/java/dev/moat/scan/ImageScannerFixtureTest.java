package dev.moat.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.analyze.AnalysisOptions;
import dev.moat.analyze.ImageAnalysis;
import dev.moat.image.ImageOptions;
import dev.moat.sbom.Package;
import dev.moat.secret.SecretScanner;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole inventory engine on the real fixture images, compared with the ground truth the build script wrote. */
class ImageScannerFixtureTest {

  @TempDir Path cache;

  private ImageAnalysis analyze(String image, AnalysisOptions options) {
    return new ImageScanner(ImageOptions.DEFAULT, options).analyze(image);
  }

  private static Set<String> of(List<Package> packages, String type, java.util.function.Function<Package, String> key) {
    return packages.stream().filter(p -> p.type().equals(type)).map(key).collect(Collectors.toSet());
  }

  @Test
  void inventoryOfTheAppImageEqualsTheGroundTruth() {
    ImageAnalysis analysis = analyze("oci-archive:" + Fixtures.file("app.oci.tar"), AnalysisOptions.packagesOnly());
    List<Package> packages = analysis.inventory().packages();

    assertThat(analysis.inventory().os()).hasValueSatisfying(os -> {
      assertThat(os.family()).isEqualTo("debian");
      assertThat(os.version()).isEqualTo("12");
    });
    Set<String> dpkgTruth = Fixtures.truth("dpkg.tsv").stream()
        .map(r -> r[0] + " " + r[1] + " " + r[2] + " " + r[3] + " " + r[4]).collect(Collectors.toSet());
    assertThat(of(packages, "deb", p -> p.name() + " " + p.version() + " " + p.sourceName().orElse("") + " "
        + p.sourceVersion().orElse("") + " " + p.arch().orElse(""))).isEqualTo(dpkgTruth);

    Set<String> npmTruth = Fixtures.truth("npm.tsv").stream()
        .map(r -> r[0] + "@" + r[1] + " /app/" + r[2]).collect(Collectors.toSet());
    assertThat(of(packages, "npm", p -> p.key() + " " + p.path())).isEqualTo(npmTruth);

    Set<String> mavenTruth = Fixtures.truth("maven.tsv").stream()
        .map(r -> r[0] + ":" + r[1] + "@" + r[2]).collect(Collectors.toSet());
    assertThat(of(packages, "maven", Package::key)).isEqualTo(mavenTruth);
    assertThat(packages).filteredOn(p -> p.name().equals("org.apache.struts:struts2-core")).singleElement()
        .satisfies(p -> assertThat(p.path()).startsWith("/app/legacy.war!/WEB-INF/lib/"));

    assertThat(of(packages, "golang", Package::key)).contains("stdlib@1.19.8");
    assertThat(packages).filteredOn(p -> p.type().equals("golang"))
        .allSatisfy(p -> assertThat(p.path()).isEqualTo("/usr/local/bin/skopeo"));

    List<String> deleted = Fixtures.truth("deleted.txt").stream().map(r -> r[0]).toList();
    assertThat(packages).noneSatisfy(p -> assertThat(deleted).anyMatch(d -> p.path().startsWith(d)));
    String appLayer = analysis.inventory().image().layers().get(1).diffId();
    assertThat(packages).filteredOn(p -> !p.type().equals("deb")).allSatisfy(p -> assertThat(p.layer()).isEqualTo(appLayer));
  }

  @Test
  void secondScanServesEveryLayerFromTheCacheWithTheSameInventory() {
    AnalysisOptions options = AnalysisOptions.packagesOnly().withCache(cache).withSecrets(new SecretScanner());
    ImageAnalysis cold = analyze("oci:" + Fixtures.file("oci") + ":app", options);
    ImageAnalysis warm = analyze("oci:" + Fixtures.file("oci") + ":app", options);

    assertThat(cold.layersFromCache()).isZero();
    assertThat(warm.layersFromCache()).isEqualTo(2);
    assertThat(warm.inventory().packages()).containsExactlyInAnyOrderElementsOf(cold.inventory().packages());
    assertThat(warm.secrets()).isEqualTo(cold.secrets());

    ImageAnalysis base = analyze("oci:" + Fixtures.file("oci") + ":bookworm", options);
    assertThat(base.layersFromCache()).as("bookworm shares its only layer with app").isEqualTo(1);
  }

  @Test
  void plantedSecretIsFoundMaskedInTheAppLayer() {
    ImageAnalysis analysis = analyze("docker-archive:" + Fixtures.file("app.docker.tar"),
        AnalysisOptions.packagesOnly().withPackages(false).withSecrets(new SecretScanner()));
    String[] truth = Fixtures.truth("secrets.tsv").get(0);
    assertThat(analysis.secrets()).anySatisfy(s -> {
      assertThat(s.finding().path()).isEqualTo(truth[1]);
      assertThat(s.finding().ruleId()).isEqualTo(truth[2]);
      assertThat(s.finding().maskedLine()).doesNotContain("AKIA2E0A8F3B244C9986");
      assertThat(s.deletedInFinalImage()).isFalse();
    });
    assertThat(analysis.inventory().packages()).isEmpty();
  }
}
