package dev.moat.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.moat.sbom.Package;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AliasMergerTest {

  private static final Package P = Package.of("golang", "stdlib", "1.19.8", "/bin/x");

  private static Finding f(String id, List<String> aliases, Severity s, String source, List<String> fixed) {
    return new Finding(id, aliases, P, "1.19.8", fixed, fixed.isEmpty() ? FixStatus.AFFECTED : FixStatus.FIXED, s, source,
        List.of(), Optional.empty(), Optional.empty(), List.of("https://example.org/" + id), false, "test");
  }

  @Test
  void advisoriesSharingAnyIdBecomeOneFindingWithEveryIdAndTheCveFirst() {
    List<Finding> merged = AliasMerger.merge(List.of(
        f("GO-2023-1751", List.of("CVE-2023-24539"), Severity.UNKNOWN, "none", List.of("1.19.9")),
        f("GHSA-xxxx-yyyy-zzzz", List.of("CVE-2023-24539"), Severity.HIGH, "ghsa", List.of("1.19.9")),
        f("GO-2023-1752", List.of("CVE-2023-24540"), Severity.UNKNOWN, "none", List.of())));

    assertThat(merged).hasSize(2);
    Finding one = merged.get(0);
    assertThat(one.id()).isEqualTo("CVE-2023-24539");
    assertThat(one.aliases()).containsExactlyInAnyOrder("GO-2023-1751", "GHSA-xxxx-yyyy-zzzz");
    assertThat(one.severity()).isEqualTo(Severity.HIGH);
    assertThat(one.severitySource()).isEqualTo("ghsa");
    assertThat(one.references()).hasSize(2);
    assertThat(merged.get(1).id()).isEqualTo("GO-2023-1752");
  }

  @Test
  void chainsOfAliasesCollapseTransitively() {
    List<Finding> merged = AliasMerger.merge(List.of(
        f("A-1", List.of("B-1"), Severity.LOW, "x", List.of()),
        f("C-1", List.of("D-1"), Severity.LOW, "x", List.of()),
        f("B-1", List.of("D-1"), Severity.LOW, "x", List.of("2"))));
    assertThat(merged).singleElement().satisfies(m -> {
      assertThat(m.allIds()).containsExactlyInAnyOrder("A-1", "B-1", "C-1", "D-1");
      assertThat(m.status()).isEqualTo(FixStatus.FIXED);
    });
  }
}
