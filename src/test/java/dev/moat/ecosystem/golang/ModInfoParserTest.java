package dev.moat.ecosystem.golang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.moat.sbom.Package;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModInfoParserTest {

  @Test
  void readsMainModuleDependenciesAndStdlibOfAModuleBuild() throws IOException {
    BuildInfo info = BuildInfoScanner.scan(new ByteArrayInputStream(
        GoBinaryAnalyzerTest.resource("esbuild-0.19.12.buildinfo")), Optional.empty(), Optional.empty()).orElseThrow();

    List<Package> packages = ModInfoParser.packages(info, "/app/node_modules/@esbuild/linux-x64/bin/esbuild");

    assertThat(packages).extracting(Package::name, Package::version).containsExactly(
        tuple("github.com/evanw/esbuild", ""),
        tuple("golang.org/x/sys", "0.0.0-20220715151400-c0bba94af5f8"),
        tuple("stdlib", "1.20.12"));
    assertThat(packages.get(0).dependsOn())
        .containsExactly("golang.org/x/sys@0.0.0-20220715151400-c0bba94af5f8", "stdlib@1.20.12");
  }

  @Test
  void appliesReplacementsAndLdflagsVersions() {
    // the layout `go version -m` prints for a module with a replaced and a locally replaced dependency
    String modInfo = String.join("\n",
        "path\texample.com/tool/cmd/tool",
        "mod\texample.com/tool\t(devel)\t",
        "dep\tgithub.com/a/b\tv1.0.0\th1:x=",
        "=>\tgithub.com/fork/b\tv1.0.1\th1:y=",
        "dep\tgithub.com/c/d\tv2.0.0+incompatible\th1:z=",
        "=>\t../d\t\t",
        "build\t-ldflags=\"-s -w -X main.version=v3.4.5\"",
        "");

    List<Package> packages = ModInfoParser.packages(new BuildInfo("go1.21.3 X:boringcrypto", modInfo), "/bin/tool");

    assertThat(packages).extracting(Package::name, Package::version).containsExactly(
        tuple("example.com/tool", "3.4.5"),
        tuple("github.com/fork/b", "1.0.1"),
        tuple("github.com/c/d", "2.0.0+incompatible"),
        tuple("stdlib", "1.21.3"));
  }
}
