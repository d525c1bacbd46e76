package dev.moat.ecosystem.npm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.sbom.Package;
import java.util.List;
import org.junit.jupiter.api.Test;

class LockPackagesTest {

  @Test
  void keepsEachVersionOnceWithTheUnionOfItsKnownDependencies() {
    LockPackages packages = new LockPackages("/app/package-lock.json");
    packages.add("a", "1.0.0", List.of("MIT"), List.of("b@2.0.0"));
    packages.add("a", "1.0.0", List.of(), List.of("c@3.0.0", "missing@9.9.9"));
    packages.add("b", "2.0.0", List.of(), List.of());
    packages.add("c", "3.0.0", List.of(), List.of());

    List<Package> built = packages.build();

    assertThat(built).extracting(Package::key).containsExactly("a@1.0.0", "b@2.0.0", "c@3.0.0");
    assertThat(built.get(0).dependsOn()).containsExactly("b@2.0.0", "c@3.0.0");
    assertThat(built.get(0).licenses()).containsExactly("MIT");
    assertThat(packages.contains("b@2.0.0")).isTrue();
  }
}
