package dev.moat.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SemVerTest {

  /** The precedence example of SemVer 2.0.0 section 11. */
  @Test
  void specPrecedenceChain() {
    List<SemVer> chain =
        List.of(
            SemVer.of(1, 0, 0, "alpha"),
            SemVer.of(1, 0, 0, "alpha", "1"),
            SemVer.of(1, 0, 0, "alpha", "beta"),
            SemVer.of(1, 0, 0, "beta"),
            SemVer.of(1, 0, 0, "beta", "2"),
            SemVer.of(1, 0, 0, "beta", "11"),
            SemVer.of(1, 0, 0, "rc", "1"),
            SemVer.of(1, 0, 0));
    for (int i = 0; i + 1 < chain.size(); i++) {
      assertThat(chain.get(i)).isLessThan(chain.get(i + 1));
    }
  }

  @Test
  void buildMetadataDoesNotOrder() {
    SemVer a = new SemVer(1, 0, 0, List.of(), List.of("build", "1"));
    assertThat(a.compareTo(SemVer.of(1, 0, 0))).isZero();
    assertThat(a.toString()).isEqualTo("1.0.0");
  }
}
