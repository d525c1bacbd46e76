package dev.moat.ecosystem.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.analyze.FileAnalyzer;
import dev.moat.sbom.Package;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JarAnalyzerTest {

  private final JarAnalyzer analyzer = new JarAnalyzer();

  @Test
  void acceptsJavaArchivesByExtensionInAnyCase() {
    assertThat(analyzer.accepts("/app/lib/x.jar", 10)).isTrue();
    assertThat(analyzer.accepts("/app/legacy.WAR", 10)).isTrue();
    assertThat(analyzer.accepts("/srv/a.ear", 10)).isTrue();
    assertThat(analyzer.accepts("/var/jenkins/plugins/git.hpi", 10)).isTrue();
    assertThat(analyzer.accepts("/var/jenkins/plugins/git.jpi", 10)).isTrue();
    assertThat(analyzer.accepts("/app/lib/x.jar", 0)).isFalse();
    assertThat(analyzer.accepts("/app/lib/x.jar.sha1", 10)).isFalse();
    assertThat(analyzer.accepts("/usr/bin/jar", 10)).isFalse();
    assertThat(analyzer.accepts("/a/star", 10)).isFalse();
  }

  @Test
  void analysesTheStreamedFile(@TempDir Path tmp) throws IOException {
    byte[] jar = JarReaderTest.resource("maven-reporting-api-4.0.0.jar");
    var findings = analyzer.analyze(new AnalyzedFile("/opt/maven-reporting-api-4.0.0.jar", jar.length,
        new ByteArrayInputStream(jar), tmp));

    assertThat(findings.packages()).extracting(Package::key)
        .containsExactly("org.apache.maven.reporting:maven-reporting-api@4.0.0");
  }

  @Test
  void isRegisteredForServiceLoader() {
    assertThat(ServiceLoader.load(FileAnalyzer.class).stream().map(p -> p.type().getName()))
        .contains(JarAnalyzer.class.getName());
  }
}
