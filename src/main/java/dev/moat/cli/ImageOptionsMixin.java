package dev.moat.cli;

import dev.moat.MoatException;
import dev.moat.image.ImageLimits;
import dev.moat.image.ImageOptions;
import dev.moat.image.Platform;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options every command that reads an image takes; {@link #toOptions()} turns them into {@link ImageOptions}. */
public final class ImageOptionsMixin {

  @Option(names = "--platform", paramLabel = "OS/ARCH[/VARIANT]",
      description = "Platform to pick from a multi-platform image (default: ${DEFAULT-VALUE}).", defaultValue = "linux/amd64")
  String platform;

  @Option(names = "--insecure", description = "Allow plain HTTP and unverified TLS to registries.")
  boolean insecure;

  @Option(names = "--ca-cert", paramLabel = "PEM", description = "Extra CA certificates (PEM) to trust for registries.")
  Path caCert;

  @Option(names = "--username", description = "Registry user name (with --password).")
  String username;

  @Option(names = "--password", description = "Registry password or token.")
  String password;

  @Option(names = "--authfile", paramLabel = "FILE", description = "Docker-style config.json with registry credentials.")
  Path authFile;

  @Option(names = "--read-timeout", paramLabel = "DURATION", defaultValue = "60s",
      description = "Longest wait for a registry response, e.g. 30s, 2m (default: ${DEFAULT-VALUE}).")
  String timeout;

  @Option(names = "--connect-timeout", paramLabel = "DURATION", defaultValue = "10s",
      description = "TCP/TLS connect timeout (default: ${DEFAULT-VALUE}).")
  String connectTimeout;

  @Option(names = "--retries", defaultValue = "4", description = "Retries on registry failures (default: ${DEFAULT-VALUE}).")
  int retries;

  @Option(names = "--max-layer-size", paramLabel = "SIZE", defaultValue = "16G",
      description = "Largest uncompressed layer to read, e.g. 512M, 16G (default: ${DEFAULT-VALUE}).")
  String maxLayerSize;

  @Option(names = "--max-manifest-size", paramLabel = "SIZE", defaultValue = "4M",
      description = "Largest manifest or index to read (default: ${DEFAULT-VALUE}).")
  String maxManifestSize;

  @Option(names = "--max-config-size", paramLabel = "SIZE", defaultValue = "8M",
      description = "Largest image config to read (default: ${DEFAULT-VALUE}).")
  String maxConfigSize;

  @Option(names = "--max-compression-ratio", defaultValue = "200",
      description = "Largest uncompressed/compressed layer ratio, checked after 64M (default: ${DEFAULT-VALUE}).")
  double maxCompressionRatio;

  @Option(names = "--max-entries", defaultValue = "20000000",
      description = "Most tar entries in one layer (default: ${DEFAULT-VALUE}).")
  long maxEntries;

  /** The options as the image library takes them; malformed values fail as invalid input. */
  public ImageOptions toOptions() {
    ImageLimits limits = new ImageLimits(size(maxManifestSize, "--max-manifest-size"),
        size(maxConfigSize, "--max-config-size"), size(maxLayerSize, "--max-layer-size"), maxCompressionRatio,
        maxEntries, ImageLimits.DEFAULT_RATIO_CHECK_AFTER_BYTES);
    if (retries < 0 || maxEntries < 1 || !(maxCompressionRatio >= 1)) {
      throw MoatException.invalid("--retries must be >= 0, --max-entries >= 1, --max-compression-ratio >= 1");
    }
    return new ImageOptions(Platform.parse(platform), insecure, Optional.ofNullable(caCert),
        Optional.ofNullable(username), Optional.ofNullable(password), Optional.ofNullable(authFile),
        duration(connectTimeout, "--connect-timeout"), duration(timeout, "--read-timeout"), retries, limits);
  }

  /** {@code 512}, {@code 64K}, {@code 512M}, {@code 16G} (binary units). */
  static long size(String text, String option) {
    String t = text.trim().toUpperCase(Locale.ROOT).replaceAll("I?B$", "");
    long unit = switch (t.isEmpty() ? ' ' : t.charAt(t.length() - 1)) {
      case 'K' -> 1L << 10;
      case 'M' -> 1L << 20;
      case 'G' -> 1L << 30;
      case 'T' -> 1L << 40;
      default -> 1;
    };
    String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
    try {
      long value = Long.parseLong(digits);
      if (value <= 0 || value > Long.MAX_VALUE / unit) {
        throw new NumberFormatException();
      }
      return value * unit;
    } catch (NumberFormatException e) {
      throw MoatException.invalid("invalid " + option + " '" + text + "': expected a size such as 512M or 16G");
    }
  }

  /** {@code 30s}, {@code 2m}, {@code 500ms}, {@code 1h}; a bare number is seconds. */
  static Duration duration(String text, String option) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    try {
      Duration d;
      if (t.endsWith("ms")) {
        d = Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
      } else if (t.endsWith("s")) {
        d = Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
      } else if (t.endsWith("m")) {
        d = Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
      } else if (t.endsWith("h")) {
        d = Duration.ofHours(Long.parseLong(t.substring(0, t.length() - 1)));
      } else {
        d = Duration.ofSeconds(Long.parseLong(t));
      }
      if (d.isNegative() || d.isZero()) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw MoatException.invalid("invalid " + option + " '" + text + "': expected a duration such as 30s or 2m");
    }
  }
}
