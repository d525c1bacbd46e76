package dev.moat.ecosystem.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.ecosystem.FixtureImage;
import dev.moat.sbom.Package;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar analyzer over the fixture app image, against its ground truth (truth/maven.tsv). */
class JarAnalyzerFixtureTest {

  @Test
  void findsExactlyTheLibrariesAndTheOneInsideTheWar(@TempDir Path tmp) throws IOException {
    List<Package> found = FixtureImage.analyze("app", tmp, new JarAnalyzer());
    List<String[]> truth = FixtureImage.truth("maven.tsv");

    assertThat(found).extracting(p -> p.name() + "\t" + p.version() + "\t" + p.path())
        .containsExactlyInAnyOrderElementsOf(truth.stream().map(t -> t[0] + ":" + t[1] + "\t" + t[2] + "\t"
            + (t[3].equals("war") ? "/app/legacy.war!/WEB-INF/lib/" : "/app/lib/") + t[1] + "-" + t[2] + ".jar")
            .toList());
    assertThat(found).allSatisfy(p -> assertThat(p.properties().get("sha1")).matches("[0-9a-f]{40}"));
  }
}
