package dev.moat.secret;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileSelectorTest {

  private final FileSelector selector = new FileSelector(SecretRules.builtinAllowRules(), 1000);

  @Test
  void followsTrivysSkipsAndAllowPaths() {
    assertThat(selector.accepts("/etc/app/config.yaml", 100)).isTrue();
    assertThat(selector.accepts("/root/.aws/credentials", 100)).isTrue();
    assertThat(selector.accepts("/app/yarn.lock", 100)).isFalse();
    assertThat(selector.accepts("/app/node_modules/a/index.js", 100)).isFalse();
    assertThat(selector.accepts("/repo/.git/config", 100)).isFalse();
    assertThat(selector.accepts("/app/archive.TAR", 100)).isFalse();
    assertThat(selector.accepts("/usr/include/stdio.h", 100)).isFalse();
    assertThat(selector.accepts("/usr/local/go/src/crypto/tls/x.go", 100)).isFalse();
    assertThat(selector.accepts("/app/pkg/vendor/lib.go", 100)).isFalse();
    assertThat(selector.accepts("/app/examples/config.env", 100)).isFalse();
    assertThat(selector.accepts("/app/server_test.go", 100)).isFalse();
    assertThat(selector.accepts("/app/locales/en.json", 100)).isFalse();
  }

  @Test
  void boundsTheSize() {
    assertThat(selector.accepts("/etc/a.conf", 9)).isFalse();
    assertThat(selector.accepts("/etc/a.conf", 10)).isTrue();
    assertThat(selector.accepts("/etc/a.conf", 1000)).isTrue();
    assertThat(selector.accepts("/etc/a.conf", 1001)).isFalse();
  }
}
