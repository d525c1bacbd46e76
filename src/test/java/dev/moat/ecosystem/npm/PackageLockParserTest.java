package dev.moat.ecosystem.npm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.sbom.Package;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PackageLockParserTest {

  private static List<Package> parse(String resource) throws IOException {
    return PackageLockParser.parse(NpmJson.readJson(LockFixtures.open(resource)), "/app/package-lock.json");
  }

  private static Package find(List<Package> packages, String key) {
    return packages.stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(strings = {"package-lock-v1.json", "package-lock-v2.json", "package-lock-v3.json"})
  void readsProductionPackagesAndTheirDependencies(String resource) throws IOException {
    List<Package> packages = parse(resource);

    assertThat(packages).extracting(Package::key).containsExactlyInAnyOrderElementsOf(LockFixtures.PRODUCTION);
    assertThat(packages).allSatisfy(p -> {
      assertThat(p.type()).isEqualTo("npm");
      assertThat(p.path()).isEqualTo("/app/package-lock.json");
    });
    assertThat(find(packages, "handlebars@4.5.2").dependsOn()).containsExactlyElementsOf(LockFixtures.HANDLEBARS_DEPENDS_ON);
    // optimist's own nested copy of minimist, not the top-level one
    assertThat(find(packages, "optimist@0.6.1").dependsOn()).containsExactly("minimist@0.0.10", "wordwrap@0.0.3");
    assertThat(find(packages, "@types/node@20.11.0").dependsOn()).containsExactly("undici-types@5.26.5");
  }

  @ParameterizedTest
  @ValueSource(strings = {"package-lock-v2.json", "package-lock-v3.json"})
  void readsLicensesOfV2AndLater(String resource) throws IOException {
    List<Package> packages = parse(resource);
    assertThat(find(packages, "optimist@0.6.1").licenses()).containsExactly("MIT/X11");
    assertThat(find(packages, "source-map@0.6.1").licenses()).containsExactly("BSD-3-Clause");
  }
}
