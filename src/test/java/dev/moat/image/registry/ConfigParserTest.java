package dev.moat.image.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.image.ImageConfig;
import dev.moat.image.Platform;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConfigParserTest {

  @Test
  void readsFixtureConfig() throws Exception {
    ImageConfig config = ConfigParser.parse(ManifestParserTest.resource("app-config.json"), "app");

    assertThat(config.platform()).isEqualTo(Platform.LINUX_AMD64);
    assertThat(config.cmd()).containsExactly("node", "/app/index.js");
    assertThat(config.workingDir()).contains("/app");
    assertThat(config.user()).isEmpty();
    assertThat(config.created()).isPresent();
    assertThat(config.diffIds()).hasSize(2).allMatch(Sha256::isValid);
  }

  @Test
  void readsVariantEnvAndLabels() {
    String json = "{\"os\":\"linux\",\"architecture\":\"arm\",\"variant\":\"v7\",\"config\":{\"User\":\"1000\","
        + "\"Env\":[\"A=1\"],\"Entrypoint\":[\"/e\"],\"Labels\":{\"l\":\"v\"}},\"rootfs\":{\"diff_ids\":[]}}";
    ImageConfig config = ConfigParser.parse(json.getBytes(StandardCharsets.UTF_8), "c");

    assertThat(config.platform()).isEqualTo(Platform.parse("linux/arm/v7"));
    assertThat(config.env()).containsExactly("A=1");
    assertThat(config.entrypoint()).containsExactly("/e");
    assertThat(config.labels()).containsEntry("l", "v");
    assertThat(config.user()).contains("1000");
  }

  @Test
  void refusesNonObject() {
    assertThatThrownBy(() -> ConfigParser.parse("[1]".getBytes(StandardCharsets.UTF_8), "c"))
        .hasMessage("image config c is not a JSON object");
  }
}
