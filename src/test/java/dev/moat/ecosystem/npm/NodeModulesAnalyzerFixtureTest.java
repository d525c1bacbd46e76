package dev.moat.ecosystem.npm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.ecosystem.FixtureImage;
import dev.moat.sbom.Package;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The npm analyzers over the fixture app image, against its ground truth (truth/npm.tsv). */
class NodeModulesAnalyzerFixtureTest {

  @Test
  void findsExactlyTheInstalledPackagesAndTheLockFile(@TempDir Path tmp) throws IOException {
    List<Package> found = FixtureImage.analyze("app", tmp, new NodeModulesAnalyzer(), new PackageLockAnalyzer(),
        new YarnLockAnalyzer(), new PnpmLockAnalyzer());
    List<String[]> truth = FixtureImage.truth("npm.tsv");

    // installed packages, each at its own package.json
    assertThat(found).filteredOn(p -> p.path().contains("/node_modules/"))
        .extracting(p -> p.name() + "\t" + p.version() + "\t" + p.path())
        .containsExactlyInAnyOrderElementsOf(truth.stream().map(t -> t[0] + "\t" + t[1] + "\t/app/" + t[2]).toList());
    // npm install also wrote /app/package-lock.json: the same packages (the app has no dev dependencies)
    assertThat(found).filteredOn(p -> !p.path().contains("/node_modules/"))
        .allSatisfy(p -> assertThat(p.path()).isEqualTo("/app/package-lock.json"))
        .extracting(Package::key)
        .containsExactlyInAnyOrderElementsOf(truth.stream().map(t -> t[0] + "@" + t[1]).toList());
    assertThat(found).filteredOn(p -> p.name().equals("axios")).allSatisfy(p ->
        assertThat(p.licenses()).containsExactly("MIT"));
  }
}
