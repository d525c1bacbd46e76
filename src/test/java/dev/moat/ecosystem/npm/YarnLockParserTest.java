package dev.moat.ecosystem.npm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.sbom.Package;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YarnLockParserTest {

  @ParameterizedTest
  @ValueSource(strings = {"yarn-v1.lock", "yarn-berry.lock"})
  void readsEveryPackageWithItsDependencies(String resource) throws IOException {
    List<Package> packages = YarnLockParser.parse(
        new BufferedReader(new InputStreamReader(LockFixtures.open(resource), StandardCharsets.UTF_8)), "/src/yarn.lock");

    // yarn.lock does not mark dev dependencies: ms is there, the workspace itself is not
    List<String> expected = new ArrayList<>(LockFixtures.PRODUCTION);
    expected.add("ms@2.1.3");
    assertThat(packages).extracting(Package::key).containsExactlyInAnyOrderElementsOf(expected);
    Package handlebars = packages.stream().filter(p -> p.name().equals("handlebars")).findFirst().orElseThrow();
    assertThat(handlebars.dependsOn()).containsExactlyElementsOf(LockFixtures.HANDLEBARS_DEPENDS_ON);
    Package optimist = packages.stream().filter(p -> p.name().equals("optimist")).findFirst().orElseThrow();
    assertThat(optimist.dependsOn()).containsExactly("minimist@0.0.10", "wordwrap@0.0.3");
  }

  @Test
  void namesScopedDescriptors() {
    assertThat(YarnLockParser.nameOf("@babel/core@npm:^7.0.0")).isEqualTo("@babel/core");
    assertThat(YarnLockParser.nameOf("minimist@~0.0.1")).isEqualTo("minimist");
  }

  @Test
  void keepsOnePackageForSeveralDescriptorsOfOneVersion() throws IOException {
    String lock = "# yarn lockfile v1\n\n\"ms@^2.1.1\", ms@2.1.3:\n  version \"2.1.3\"\n";

    assertThat(YarnLockParser.parse(new BufferedReader(new StringReader(lock)), "/yarn.lock"))
        .extracting(Package::key).containsExactly("ms@2.1.3");
  }

  @Test
  void readsBerryDescriptorListsQuotedAsAWhole() throws IOException {
    String lock = String.join("\n",
        "__metadata:", "  version: 6", "",
        "\"debug@npm:^4.1.0, debug@npm:^4.3.4\":", "  version: 4.3.4", "  dependencies:", "    ms: 2.1.2",
        "  languageName: node", "  linkType: hard", "",
        "\"ms@npm:2.1.2\":", "  version: 2.1.2", "  languageName: node", "  linkType: hard", "");

    List<Package> packages = YarnLockParser.parse(new BufferedReader(new StringReader(lock)), "/yarn.lock");

    assertThat(packages).extracting(Package::key).containsExactly("debug@4.3.4", "ms@2.1.2");
    assertThat(packages.get(0).dependsOn()).containsExactly("ms@2.1.2");
  }
}
