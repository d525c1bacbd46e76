package dev.moat.ecosystem.npm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.sbom.Package;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeModulesAnalyzerTest {

  private final NodeModulesAnalyzer analyzer = new NodeModulesAnalyzer();

  @Test
  void acceptsOnlyPackageRootsInsideNodeModules() {
    assertThat(analyzer.accepts("/app/node_modules/axios/package.json", 100)).isTrue();
    assertThat(analyzer.accepts("/app/node_modules/@types/node/package.json", 100)).isTrue();
    assertThat(analyzer.accepts("/app/node_modules/a/node_modules/b/package.json", 100)).isTrue();
    assertThat(analyzer.accepts("/app/node_modules/.pnpm/b@1.0.0/node_modules/b/package.json", 100)).isTrue();
    assertThat(analyzer.accepts("/app/package.json", 100)).isFalse();
    assertThat(analyzer.accepts("/app/node_modules/axios/lib/package.json", 100)).isFalse();
    assertThat(analyzer.accepts("/app/node_modules/resolve/test/module_dir/package.json", 100)).isFalse();
    assertThat(analyzer.accepts("/app/node_modules/@types/package.json", 100)).isFalse();
    assertThat(analyzer.accepts("/app/node_modules/.bin/package.json", 100)).isFalse();
    assertThat(analyzer.accepts("/app/node_modules/@s/x/test/package.json", 100)).isFalse();
    assertThat(analyzer.accepts("/node_modules/x/package.json", 100)).isTrue();
    assertThat(analyzer.accepts("node_modules/x/package.json", 100)).isFalse();
  }

  @Test
  void readsNameVersionAndLicense(@TempDir Path tmp) throws IOException {
    byte[] json = LockFixtures.bytes("installed/types-node-package.json");

    var findings = analyzer.analyze(new AnalyzedFile("/app/node_modules/@types/node/package.json", json.length,
        new ByteArrayInputStream(json), tmp));

    assertThat(findings.packages()).extracting(Package::type, Package::name, Package::version, Package::licenses)
        .containsExactly(tuple("npm", "@types/node", "20.11.0", java.util.List.of("MIT")));
  }

  @Test
  void readsTheLegacyLicenseForms(@TempDir Path tmp) throws IOException {
    byte[] json = "{\"name\":\"old\",\"version\":\"0.1.0\",\"licenses\":[{\"type\":\"MIT\"},{\"type\":\"Apache-2.0\"}]}".getBytes();

    var findings = analyzer.analyze(new AnalyzedFile("/n/node_modules/old/package.json", json.length,
        new ByteArrayInputStream(json), tmp));

    assertThat(findings.packages().get(0).licenses()).containsExactly("MIT", "Apache-2.0");
  }

  @Test
  void skipsPackageJsonWithoutVersion(@TempDir Path tmp) throws IOException {
    byte[] json = "{\"name\":\"x\"}".getBytes();

    assertThat(analyzer.analyze(new AnalyzedFile("/n/node_modules/x/package.json", json.length,
        new ByteArrayInputStream(json), tmp)).packages()).isEmpty();
  }
}
