package dev.moat.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.MoatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretConfigLoaderTest {

  private static SecretConfig resourceConfig() throws IOException {
    try (InputStream in = SecretConfigLoaderTest.class.getResourceAsStream("trivy-secret.yaml")) {
      return SecretConfigLoader.parse(in, "trivy-secret.yaml");
    }
  }

  private static SecretConfig parse(String yaml) {
    return SecretConfigLoader.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }

  @Test
  void readsRulesAllowRulesAndSwitchesInTrivysFormat() throws IOException {
    SecretConfig config = resourceConfig();

    assertThat(config.customRules()).extracting(SecretRule::id).containsExactly("moat-internal-token", "no-keyword-rule");
    SecretRule rule = config.customRules().get(0);
    assertThat(rule.severity()).isEqualTo(Severity.HIGH);
    assertThat(rule.keywords()).containsExactly("moat_token");
    assertThat(rule.secretGroup()).contains("secretvalue");
    assertThat(config.customRules().get(1).severity()).isEqualTo(Severity.UNKNOWN);
    assertThat(config.customAllowRules()).extracting(AllowRule::id).containsExactly("skip-fixtures", "allow-dummy");
    assertThat(config.disableRules()).containsExactly("twilio-api-key");
    assertThat(config.disableAllowRules()).containsExactly("markdown");
    assertThat(config.enableBuiltinRules()).isEmpty();
  }

  @Test
  void aLoadedConfigDrivesTheScanner() throws IOException {
    SecretScanner scanner = new SecretScanner(resourceConfig());
    String text = "MOAT_TOKEN = mt-0123456789abcdef\npassword hunter2 here\nmoat_token=mt-dummy000000000000\n";

    assertThat(SecretScannerTest.scan(scanner, "/app/notes.md", text))
        .extracting(SecretFinding::ruleId, SecretFinding::startLine)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("moat-internal-token", 1),
            org.assertj.core.groups.Tuple.tuple("no-keyword-rule", 2));
    assertThat(scanner.accepts("/srv/fixtures/a.env", 100)).isFalse();
    assertThat(scanner.rules()).extracting(SecretRule::id).doesNotContain("twilio-api-key").contains("github-pat");
  }

  @Test
  void enableBuiltinRulesKeepsOnlyThoseBuiltins() {
    SecretScanner scanner = new SecretScanner(parse("enable-builtin-rules: [github-pat, aws-access-key-id]\n"));

    assertThat(scanner.rules()).extracting(SecretRule::id).containsExactlyInAnyOrder("github-pat", "aws-access-key-id");
  }

  @Test
  void aKeywordLeadLimitsWhereTheRegexIsTriedButNotWhatItFinds() throws IOException {
    String rule = "rules:\n  - id: corp\n    regex: 'corp_[0-9]{8}'\n    keywords: [corp_]\n";
    String text = "a = 1; b = \"corp_12345678\"; c = corp_87654321\n";
    for (String lead : new String[] {"", "    keyword-lead: 0\n", "    keyword-lead: 3\n"}) {
      SecretConfig config = parse(rule + lead + "enable-builtin-rules: [none]\n");

      assertThat(SecretScannerTest.scan(new SecretScanner(config), "/app/c.txt", text))
          .extracting(SecretFinding::maskedLine).as(lead)
          .containsExactly("a = 1; b = \"*************\"; c = corp_87654321", "a = 1; b = \"corp_12345678\"; c = *************");
    }
  }

  @Test
  void anEmptyFileMeansTheDefaults() {
    assertThat(parse("")).isEqualTo(SecretConfig.DEFAULT);
  }

  @Test
  void reportsMistakesInTheUsersWords(@TempDir Path dir) {
    assertThatThrownBy(() -> parse("rules:\n  - id: x\n    regex: '(unclosed'\n"))
        .isInstanceOf(MoatException.class).hasMessageContaining("test.yaml").hasMessageContaining("rule x: invalid regex");
    assertThatThrownBy(() -> parse("rules:\n  - id: x\n    regex: a\n    severity: SEVERE\n"))
        .hasMessageContaining("severity SEVERE");
    assertThatThrownBy(() -> parse("rules:\n  - regex: a\n")).hasMessageContaining("has no id");
    assertThatThrownBy(() -> parse("rules:\n  - id: x\n    regex: a\n    keyword-lead: far\n"))
        .hasMessageContaining("keyword-lead must be a number");
    assertThatThrownBy(() -> parse("rules: [\n")).hasMessageContaining("not valid YAML");
    assertThatThrownBy(() -> SecretConfigLoader.load(dir.resolve("missing.yaml")))
        .isInstanceOfSatisfying(MoatException.class, e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.NOT_FOUND))
        .hasMessageContaining("missing.yaml");
  }

  @Test
  void theFingerprintFollowsEveryInputThatChangesFindings() {
    String rule = """
        rules:
          - id: acme-token
            category: Acme
            title: Acme token
            severity: HIGH
            regex: 'acme_[a-z0-9]{32}'
            keywords: [acme_]
        """;
    String base = new SecretScanner(parse(rule)).fingerprint();
    assertThat(new SecretScanner(parse(rule)).fingerprint()).as("same inputs").isEqualTo(base);
    assertThat(new SecretScanner(parse(rule.replace("{32}", "{40}"))).fingerprint()).isNotEqualTo(base);
    assertThat(new SecretScanner(parse(rule.replace("HIGH", "LOW"))).fingerprint()).isNotEqualTo(base);
    assertThat(new SecretScanner(parse(rule.replace("Acme token", "Acme key"))).fingerprint()).isNotEqualTo(base);
    assertThat(new SecretScanner(parse(rule + "disable-rules: [github-pat]\n")).fingerprint()).isNotEqualTo(base);
    assertThat(new SecretScanner(parse(rule + "enable-builtin-rules: [github-pat]\n")).fingerprint()).isNotEqualTo(base);
    assertThat(new SecretScanner(parse(rule + "disable-allow-rules: [tests]\n")).fingerprint()).isNotEqualTo(base);
    assertThat(new SecretScanner(parse(rule + "allow-rules:\n  - id: x\n    path: '\\.md$'\n")).fingerprint())
        .isNotEqualTo(base);
    assertThat(new SecretScanner(SecretConfig.DEFAULT).fingerprint()).isNotEqualTo(base)
        .isEqualTo(new SecretScanner().fingerprint());
  }
}
