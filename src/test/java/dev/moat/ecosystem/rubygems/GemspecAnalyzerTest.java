package dev.moat.ecosystem.rubygems;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.sbom.Package;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GemspecAnalyzerTest {

  private static final String DIR = "/usr/share/rubygems-integration/all/specifications/";

  private final GemspecAnalyzer analyzer = new GemspecAnalyzer();

  @Test
  void acceptsGemspecsInSpecificationsDirectories() {
    assertThat(analyzer.accepts(DIR + "rack-2.2.22.gemspec", 2087)).isTrue();
    assertThat(analyzer.accepts("/usr/local/bundle/specifications/rails-7.1.0.gemspec", 2000)).isTrue();
    assertThat(analyzer.accepts("/usr/local/bundle/gems/rails-7.1.0/rails.gemspec", 2000)).isFalse();
    assertThat(analyzer.accepts("/specifications.gemspec", 10)).isFalse();
    assertThat(analyzer.accepts(DIR + "rack-2.2.22.rb", 2000)).isFalse();
  }

  @Test
  void readsNameVersionAndLicenses() throws IOException {
    Package rack = single("rack-2.2.22.gemspec");
    assertThat(rack.type()).isEqualTo("gem");
    assertThat(rack.key()).isEqualTo("rack@2.2.22");
    assertThat(rack.licenses()).containsExactly("MIT");
    assertThat(rack.path()).isEqualTo(DIR + "rack-2.2.22.gemspec");
    assertThat(single("minitest-5.17.0.gemspec").key()).isEqualTo("minitest@5.17.0");
  }

  @Test
  void readsAGemspecWithNonUtf8Bytes() throws IOException {
    Package json = single("json-2.6.3.gemspec"); // its author line is not valid UTF-8
    assertThat(json.key()).isEqualTo("json@2.6.3");
    assertThat(json.licenses()).containsExactly("Ruby");
  }

  @Test
  void fallsBackToTheStubComment() throws IOException {
    // the first two lines of the real rack gemspec, as a truncated file would leave them
    String head = "# -*- encoding: utf-8 -*-\n# stub: rack 2.2.22 ruby lib\n";
    List<Package> packages = analyzer.analyze(new AnalyzedFile(DIR + "rack-2.2.22.gemspec", head.length(),
        new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), Path.of("x"))).packages();
    assertThat(packages).extracting(Package::key).containsExactly("rack@2.2.22");
  }

  private Package single(String resource) throws IOException {
    try (var in = getClass().getResourceAsStream(resource)) {
      List<Package> packages = analyzer.analyze(new AnalyzedFile(DIR + resource, 0, in, Path.of("x"))).packages();
      assertThat(packages).hasSize(1);
      return packages.getFirst();
    }
  }
}
