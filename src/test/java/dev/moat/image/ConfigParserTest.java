package dev.moat.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigParserTest {

  @Test
  void parsesEveryReportedField() {
    ImageConfig c = ConfigParser.parse(ManifestParserTest.resource("oci-config-rich.json"), "config");
    assertThat(c.platform()).isEqualTo(new Platform("linux", "arm64", Optional.empty()));
    assertThat(c.created()).contains("2026-12-01T10:30:31.781359751Z");
    assertThat(c.user()).contains("1000:1000");
    assertThat(c.workingDir()).contains("/app");
    assertThat(c.env()).containsExactly("PATH=/usr/local/bin:/usr/bin:/bin", "NODE_ENV=production");
    assertThat(c.entrypoint()).containsExactly("/usr/bin/tini", "--");
    assertThat(c.cmd()).containsExactly("node", "/app/index.js");
    assertThat(c.labels()).isEqualTo(Map.of("maintainer", "moat", "org.opencontainers.image.source", "https://example.org/app"));
    assertThat(c.diffIds()).containsExactly(
        "sha256:662eaf46aa515680153dec77da6e56054784d5b039719663d788d2ae64d95ed3",
        "sha256:198b9747bbae948c1e3f5e43224f7a390bf5e2d2fba5677445e47bb08c83a576");
  }

  @Test
  void parsesMinimalDockerConfig() {
    ImageConfig c = ConfigParser.parse(ManifestParserTest.resource("docker-v2s2-config.json"), "config");
    assertThat(c.cmd()).isEqualTo(List.of("/bin/bash"));
    assertThat(c.user()).isEmpty();
    assertThat(c.env()).isEmpty();
    assertThat(c.labels()).isEmpty();
    assertThat(c.diffIds()).hasSize(1);
  }

  @Test
  void parsesVariant() {
    ImageConfig c = ConfigParser.parse(("{\"os\":\"linux\",\"architecture\":\"arm\",\"variant\":\"v7\","
        + "\"config\":{\"User\":\"1000\"},\"rootfs\":{\"diff_ids\":[]}}").getBytes(StandardCharsets.UTF_8), "c");
    assertThat(c.platform()).isEqualTo(Platform.parse("linux/arm/v7"));
    assertThat(c.user()).contains("1000");
  }

  @Test
  void rejectsConfigWithoutDiffIdsOrWithBadOnes() {
    assertThatThrownBy(() -> ConfigParser.parse("{\"os\":\"linux\"}".getBytes(StandardCharsets.UTF_8), "config c"))
        .hasMessage("config c: the config has no rootfs.diff_ids");
    assertThatThrownBy(() -> ConfigParser.parse(
        "{\"rootfs\":{\"diff_ids\":[\"sha256:xyz\"]}}".getBytes(StandardCharsets.UTF_8), "config c"))
        .hasMessageContaining("invalid digest 'sha256:xyz'");
    assertThatThrownBy(() -> ConfigParser.parse("nope".getBytes(StandardCharsets.UTF_8), "config c"))
        .hasMessageStartingWith("config c is not valid JSON");
    assertThatThrownBy(() -> ConfigParser.parse("[1]".getBytes(StandardCharsets.UTF_8), "config c"))
        .hasMessage("config c is not a JSON object");
  }

  @Test
  void toleratesNullFieldsAsDockerWrites() {
    ImageConfig c = ConfigParser.parse(("{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{\"Env\":null,"
        + "\"Cmd\":null,\"Labels\":null,\"User\":\"\"},\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[]}}")
        .getBytes(StandardCharsets.UTF_8), "c");
    assertThat(c.env()).isEmpty();
    assertThat(c.user()).isEmpty();
    assertThat(c.labels()).isEmpty();
  }
}
