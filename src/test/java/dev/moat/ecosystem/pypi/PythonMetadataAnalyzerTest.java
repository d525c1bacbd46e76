package dev.moat.ecosystem.pypi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.sbom.Package;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PythonMetadataAnalyzerTest {

  private final PythonMetadataAnalyzer analyzer = new PythonMetadataAnalyzer();

  @Test
  void acceptsInstalledMetadataOnly() {
    assertThat(analyzer.accepts("/usr/lib/python3/dist-packages/tomli-2.0.1.dist-info/METADATA", 8875)).isTrue();
    assertThat(analyzer.accepts("/usr/lib/python3/dist-packages/requests-2.28.1.egg-info/PKG-INFO", 4342)).isTrue();
    assertThat(analyzer.accepts("/usr/lib/python2.7/wsgiref.egg-info", 190)).isTrue();
    assertThat(analyzer.accepts("/usr/lib/python3/dist-packages/tomli-2.0.1.dist-info/RECORD", 800)).isFalse();
    assertThat(analyzer.accepts("/usr/share/doc/METADATA", 800)).isFalse();
    assertThat(analyzer.accepts("/x.dist-info/METADATA", 64L << 20)).isFalse();
  }

  @Test
  void readsDistInfoMetadataWithClassifierLicense() throws IOException {
    Package p = single("packaging-METADATA", "/usr/lib/python3/dist-packages/packaging-23.0.dist-info/METADATA");
    assertThat(p.type()).isEqualTo("pypi");
    assertThat(p.key()).isEqualTo("packaging@23.0");
    assertThat(p.licenses()).containsExactly("Apache Software License", "BSD License");
    assertThat(p.properties()).isEmpty();
    assertThat(p.path()).isEqualTo("/usr/lib/python3/dist-packages/packaging-23.0.dist-info/METADATA");
  }

  @Test
  void readsDistInfoWithLicenseFromClassifier() throws IOException {
    Package p = single("tomli-METADATA", "/usr/lib/python3/dist-packages/tomli-2.0.1.dist-info/METADATA");
    assertThat(p.key()).isEqualTo("tomli@2.0.1");
    assertThat(p.licenses()).containsExactly("MIT License");
  }

  @Test
  void readsEggInfoPkgInfo() throws IOException {
    Package p = single("requests-PKG-INFO", "/usr/lib/python3/dist-packages/requests-2.28.1.egg-info/PKG-INFO");
    assertThat(p.key()).isEqualTo("requests@2.28.1");
    assertThat(p.licenses()).containsExactly("Apache 2.0");
  }

  @Test
  void readsEggInfoOfAHyphenatedName() throws IOException {
    Package p = single("python_apt-PKG-INFO", "/usr/lib/python3/dist-packages/python_apt-2.6.0.egg-info/PKG-INFO");
    assertThat(p.key()).isEqualTo("python-apt@2.6.0");
    assertThat(p.properties()).isEmpty();
    assertThat(p.licenses()).containsExactly("GNU GPL");
  }

  @Test
  void readsSingleFileEggInfo() throws IOException {
    Package p = single("wsgiref.egg-info", "/usr/lib/python2.7/wsgiref.egg-info");
    assertThat(p.key()).isEqualTo("wsgiref@0.1.2");
    assertThat(p.licenses()).containsExactly("PSF or ZPL");
    assertThat(p.properties()).isEqualTo(Map.of());
  }

  private Package single(String resource, String path) throws IOException {
    try (var in = getClass().getResourceAsStream(resource)) {
      List<Package> packages = analyzer.analyze(new AnalyzedFile(path, 0, in, Path.of("unused"))).packages();
      assertThat(packages).hasSize(1);
      return packages.getFirst();
    }
  }
}
