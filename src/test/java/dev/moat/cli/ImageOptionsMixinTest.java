package dev.moat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.image.ImageOptions;
import dev.moat.image.Platform;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ImageOptionsMixinTest {

  private static ImageOptions parse(String... args) {
    ImageInspectCommand command = new ImageInspectCommand();
    String[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = "oci:x";
    new CommandLine(command).parseArgs(all);
    return command.imageOptions.toOptions();
  }

  @Test
  void defaultsMatchTheLibraryDefaults() {
    assertThat(parse()).isEqualTo(ImageOptions.DEFAULT);
  }

  @Test
  void mapsEveryOption() {
    ImageOptions o = parse("--platform", "linux/arm64/v8", "--insecure", "--ca-cert", "/ca.pem", "--username", "u",
        "--password", "p", "--authfile", "/auth.json", "--read-timeout", "2m", "--connect-timeout", "500ms",
        "--retries", "1", "--max-layer-size", "512M", "--max-manifest-size", "64K", "--max-config-size", "1MiB",
        "--max-compression-ratio", "50", "--max-entries", "1000");
    assertThat(o.platform()).isEqualTo(Platform.parse("linux/arm64/v8"));
    assertThat(o.insecure()).isTrue();
    assertThat(o.caCertificate()).contains(Path.of("/ca.pem"));
    assertThat(o.username()).contains("u");
    assertThat(o.password()).contains("p");
    assertThat(o.authFile()).contains(Path.of("/auth.json"));
    assertThat(o.readTimeout()).isEqualTo(Duration.ofMinutes(2));
    assertThat(o.connectTimeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(o.retries()).isEqualTo(1);
    assertThat(o.limits().maxLayerBytes()).isEqualTo(512L << 20);
    assertThat(o.limits().maxManifestBytes()).isEqualTo(64L << 10);
    assertThat(o.limits().maxConfigBytes()).isEqualTo(1L << 20);
    assertThat(o.limits().maxCompressionRatio()).isEqualTo(50.0);
    assertThat(o.limits().maxEntries()).isEqualTo(1000);
  }

  @Test
  void rejectsMalformedSizesAndDurations() {
    assertThatThrownBy(() -> parse("--max-layer-size", "lots"))
        .hasMessage("invalid --max-layer-size 'lots': expected a size such as 512M or 16G");
    assertThatThrownBy(() -> parse("--max-layer-size", "0")).hasMessageContaining("--max-layer-size");
    assertThatThrownBy(() -> parse("--read-timeout", "soon"))
        .hasMessage("invalid --read-timeout 'soon': expected a duration such as 30s or 2m");
    assertThatThrownBy(() -> parse("--retries", "-1")).hasMessageContaining("--retries must be >= 0");
  }
}
