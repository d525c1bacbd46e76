package dev.moat.ecosystem.golang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.moat.ecosystem.FixtureImage;
import dev.moat.sbom.Package;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Go binary analyzer over every file of the fixture app image (truth/gobins.txt). */
class GoBinaryAnalyzerFixtureTest {

  @Test
  void findsStdlibAndMainModuleOfEachGoBinaryAndNothingElse(@TempDir Path tmp) throws IOException {
    List<Package> found = FixtureImage.analyze("app", tmp, new GoBinaryAnalyzer());
    List<String> binaries = FixtureImage.truth("gobins.txt").stream().map(t -> t[0]).toList();

    assertThat(found).extracting(Package::path).containsOnlyElementsOf(binaries);
    // Debian's skopeo 1.9 is a GOPATH build of go1.19.8: no mod lines, the package path names it
    assertThat(found).filteredOn(p -> p.path().equals("/usr/local/bin/skopeo"))
        .extracting(Package::name, Package::version)
        .containsExactly(tuple("github.com/containers/skopeo/cmd/skopeo", ""), tuple("stdlib", "1.19.8"));
  }
}
