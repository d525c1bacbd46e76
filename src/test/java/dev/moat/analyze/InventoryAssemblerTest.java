package dev.moat.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.sbom.Inventory;
import dev.moat.sbom.OperatingSystem;
import dev.moat.sbom.Package;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InventoryAssemblerTest {

  private static final String L1 = TestImages.diffId(1);
  private static final String L2 = TestImages.diffId(2);

  private static LayerAnalysis layer(String diffId, Map<String, FileFindings> files, List<String> whiteouts,
      List<String> opaque) {
    return new LayerAnalysis(diffId, files, whiteouts, opaque, List.of(), List.of());
  }

  private static FileFindings pkg(String type, String name, String version, String path) {
    return FileFindings.packages(List.of(Package.of(type, name, version, path)));
  }

  @Test
  void whiteoutInUpperLayerHidesLowerFileAndEverythingBelowIt() {
    LayerAnalysis base = layer(L1, Map.of(
        "/app/node_modules/a/package.json", pkg("npm", "a", "1.0.0", "/app/node_modules/a/package.json"),
        "/app/node_modules/ab/package.json", pkg("npm", "ab", "1.0.0", "/app/node_modules/ab/package.json"),
        "/srv/x.jar", pkg("maven", "g:x", "1", "/srv/x.jar")), List.of(), List.of());
    LayerAnalysis upper = layer(L2, Map.of(), List.of("/app/node_modules/a", "/srv/x.jar"), List.of());

    Inventory inventory = InventoryAssembler.assemble(TestImages.withLayers(2), List.of(base, upper));

    assertThat(inventory.packages()).extracting(Package::name).containsExactly("ab");
    assertThat(inventory.packages().get(0).layer()).isEqualTo(L1);
  }

  @Test
  void opaqueDirectoryHidesOnlyLowerLayersContent() {
    LayerAnalysis base = layer(L1, Map.of("/opt/lib/a.jar", pkg("maven", "g:a", "1", "/opt/lib/a.jar")),
        List.of(), List.of());
    LayerAnalysis upper = layer(L2, Map.of("/opt/lib/b.jar", pkg("maven", "g:b", "2", "/opt/lib/b.jar")),
        List.of(), List.of("/opt/lib"));

    Inventory inventory = InventoryAssembler.assemble(TestImages.withLayers(2), List.of(base, upper));

    assertThat(inventory.packages()).extracting(Package::name, Package::layer).containsExactly(
        org.assertj.core.groups.Tuple.tuple("g:b", L2));
  }

  @Test
  void upperFileAtSamePathReplacesLowerFindingsEvenWhenEmpty() {
    LayerAnalysis base = layer(L1, Map.of("/a.jar", pkg("maven", "g:a", "1", "/a.jar")), List.of(), List.of());
    LayerAnalysis upper = layer(L2, Map.of("/a.jar", FileFindings.NONE), List.of(), List.of());

    assertThat(InventoryAssembler.assemble(TestImages.withLayers(2), List.of(base, upper)).packages()).isEmpty();
  }

  @Test
  void languagePackagesInFilesOwnedByTheOsPackageManagerAreNotReportedTwice() {
    String metadata = "/usr/lib/python3/dist-packages/six-1.16.0.dist-info/METADATA";
    LayerAnalysis base = layer(L1, Map.of(
        "/var/lib/dpkg/status", pkg("deb", "python3-six", "1.16.0-4", "/var/lib/dpkg/status"),
        "/var/lib/dpkg/info/python3-six.list", FileFindings.owned(List.of(metadata)),
        metadata, pkg("pypi", "six", "1.16.0", metadata),
        "/app/venv/six-1.16.0.dist-info/METADATA", pkg("pypi", "six", "1.16.0", "/app/venv/six-1.16.0.dist-info/METADATA")),
        List.of(), List.of());

    Inventory inventory = InventoryAssembler.assemble(TestImages.withLayers(1), List.of(base));

    assertThat(inventory.packages()).extracting(Package::type, Package::path).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("deb", "/var/lib/dpkg/status"),
        org.assertj.core.groups.Tuple.tuple("pypi", "/app/venv/six-1.16.0.dist-info/METADATA"));
  }

  @Test
  void mostAuthoritativeOsSourceWins() {
    OperatingSystem fromVersionFile = new OperatingSystem("debian", "12.4", Optional.empty(), Optional.empty(), false);
    OperatingSystem fromOsRelease = new OperatingSystem("debian", "12", Optional.of("bookworm"), Optional.empty(), false);
    LayerAnalysis base = layer(L1, Map.of(
        "/etc/os-release", FileFindings.os(fromOsRelease, 10),
        "/etc/debian_version", FileFindings.os(fromVersionFile, 5)), List.of(), List.of());

    assertThat(InventoryAssembler.assemble(TestImages.withLayers(1), List.of(base)).os()).contains(fromOsRelease);
  }

  @Test
  void dpkgStatusDirectoryMarksTheImageDistroless() {
    OperatingSystem debian = new OperatingSystem("debian", "12", Optional.empty(), Optional.empty(), false);
    LayerAnalysis base = layer(L1, Map.of(
        "/etc/os-release", FileFindings.os(debian, 10),
        "/var/lib/dpkg/status.d/base", pkg("deb", "base-files", "12.4", "/var/lib/dpkg/status.d/base")),
        List.of(), List.of());
    assertThat(InventoryAssembler.assemble(TestImages.withLayers(1), List.of(base)).os().orElseThrow().distroless())
        .isTrue();
  }

  @Test
  void npmPackageInLockFileAndNodeModulesIsReportedOnceWithTheLockEdges() {
    FileFindings lock = FileFindings.packages(List.of(
        Package.of("npm", "axios", "0.21.1", "/app/package-lock.json").withDependsOn(List.of("follow-redirects@1.14.0")),
        Package.of("npm", "follow-redirects", "1.14.0", "/app/package-lock.json"),
        Package.of("npm", "left-pad", "1.3.0", "/app/package-lock.json")));
    LayerAnalysis app = layer(L1, Map.of(
        "/app/package-lock.json", lock,
        "/app/node_modules/axios/package.json", pkg("npm", "axios", "0.21.1", "/app/node_modules/axios/package.json"),
        "/app/node_modules/follow-redirects/package.json",
        pkg("npm", "follow-redirects", "1.14.0", "/app/node_modules/follow-redirects/package.json")),
        List.of(), List.of());

    List<Package> packages = InventoryAssembler.assemble(TestImages.withLayers(1), List.of(app)).packages();

    assertThat(packages).extracting(Package::name, Package::path).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("axios", "/app/node_modules/axios/package.json"),
        org.assertj.core.groups.Tuple.tuple("follow-redirects", "/app/node_modules/follow-redirects/package.json"),
        org.assertj.core.groups.Tuple.tuple("left-pad", "/app/package-lock.json"));
    assertThat(packages.stream().filter(p -> p.name().equals("axios")).findFirst().orElseThrow().dependsOn())
        .containsExactly("follow-redirects@1.14.0");
  }
}
