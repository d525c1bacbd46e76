package dev.moat.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.MoatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IgnoreFileTest {

  @TempDir Path dir;

  @Test
  void textFormatReadsIdsExpiryAndReasons() throws Exception {
    Path f = dir.resolve(".moatignore");
    Files.writeString(f, "CVE-2021-44228\n\n# comment only\nGHSA-abcd exp:2026-01-31 # wontfix upstream\n");
    var rules = IgnoreFile.read(f);
    assertThat(rules).hasSize(2);
    assertThat(rules.get(1).expires()).contains(LocalDate.of(2026, 1, 31));
    assertThat(rules.get(1).reason()).contains("wontfix upstream");
    assertThat(rules.get(1).line()).isEqualTo(4);
  }

  @Test
  void yamlFormatReadsPurlsPathsAndExpiry() throws Exception {
    Path f = dir.resolve(".moatignore.yaml");
    Files.writeString(f, """
        vulnerabilities:
          - id: CVE-2022-1471
            purls: ["pkg:maven/org.yaml/snakeyaml@1.33"]
            statement: not reachable
            expired_at: 2027-01-01
        secrets:
          - id: aws-access-key-id
            paths: ["/app/config/.env"]
        """);
    var rules = IgnoreFile.read(f);
    assertThat(rules).hasSize(2);
    assertThat(rules.get(0).purls()).containsExactly("pkg:maven/org.yaml/snakeyaml@1.33");
    assertThat(rules.get(1).paths()).containsExactly("/app/config/.env");
  }

  @Test
  void badInputGivesOneLineErrorsNamingTheFile() throws Exception {
    Path bad = dir.resolve(".moatignore");
    Files.writeString(bad, "CVE-1 exp:tomorrow\n");
    assertThatThrownBy(() -> IgnoreFile.read(bad)).isInstanceOf(MoatException.class)
        .hasMessageContaining(bad + ":1").hasMessageContaining("invalid expiry date");
    Path yaml = dir.resolve("x.yaml");
    Files.writeString(yaml, "vulnerabilities: [ {id: \n");
    assertThatThrownBy(() -> IgnoreFile.read(yaml)).hasMessageContaining("not valid YAML");
    assertThatThrownBy(() -> IgnoreFile.read(dir.resolve("missing"))).hasMessageContaining("does not exist");
  }
}
