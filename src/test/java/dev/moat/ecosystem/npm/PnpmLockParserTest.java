package dev.moat.ecosystem.npm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.sbom.Package;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PnpmLockParserTest {

  @ParameterizedTest
  @ValueSource(strings = {"pnpm-lock-v5.yaml", "pnpm-lock-v6.yaml", "pnpm-lock-v9.yaml"})
  void readsProductionPackagesAndTheirDependencies(String resource) throws IOException {
    List<Package> packages = PnpmLockParser.parse(NpmJson.readYaml(LockFixtures.open(resource)), "/app/pnpm-lock.yaml");

    assertThat(packages).extracting(Package::key).containsExactlyInAnyOrderElementsOf(LockFixtures.PRODUCTION);
    Package handlebars = packages.stream().filter(p -> p.name().equals("handlebars")).findFirst().orElseThrow();
    assertThat(handlebars.dependsOn()).containsExactlyElementsOf(LockFixtures.HANDLEBARS_DEPENDS_ON);
    Package axios = packages.stream().filter(p -> p.name().equals("axios")).findFirst().orElseThrow();
    assertThat(axios.dependsOn()).containsExactly("follow-redirects@1.16.3");
  }

  @Test
  void parsesKeysOfEveryLockfileVersion() {
    assertThat(PnpmLockParser.parseKey("/@babel/core/7.0.0_eslint@8.0.0", true)).hasValueSatisfying(
        id -> assertThat(id).containsExactly("@babel/core", "7.0.0"));
    assertThat(PnpmLockParser.parseKey("/@babel/core@7.0.0(eslint@8.0.0)", false)).hasValueSatisfying(
        id -> assertThat(id).containsExactly("@babel/core", "7.0.0"));
    assertThat(PnpmLockParser.parseKey("axios@0.21.1", false)).hasValueSatisfying(
        id -> assertThat(id).containsExactly("axios", "0.21.1"));
    assertThat(PnpmLockParser.parseKey("nonsense", false)).isEmpty();
  }
}
