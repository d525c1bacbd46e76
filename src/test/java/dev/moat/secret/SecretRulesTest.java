package dev.moat.secret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretRulesTest {

  @Test
  void hasAtLeastFortyRulesWithUniqueIdsAndKeywords() {
    List<SecretRule> rules = SecretRules.builtinRules();

    assertThat(rules).hasSizeGreaterThanOrEqualTo(40);
    assertThat(rules).extracting(SecretRule::id).doesNotHaveDuplicates();
    assertThat(rules).allSatisfy(rule -> {
      assertThat(rule.keywords()).as(rule.id()).isNotEmpty();
      assertThat(rule.severity()).as(rule.id()).isNotNull();
      rule.secretGroup().ifPresent(g -> assertThat(rule.regex().pattern()).contains("(?<" + g + ">"));
    });
  }

  @Test
  void hasTrivysBuiltinAllowRules() {
    assertThat(SecretRules.builtinAllowRules()).extracting(AllowRule::id)
        .contains("tests", "examples", "vendor", "usr-dirs", "locale-dir", "markdown", "golang", "python");
  }

  @Test
  void onlyPrivateKeysSpanLines() {
    assertThat(SecretRules.builtinRules()).filteredOn(SecretRule::multiLine).extracting(SecretRule::id)
        .containsExactly("private-key");
  }
}
