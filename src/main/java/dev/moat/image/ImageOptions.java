package dev.moat.image;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How to reach and read an image. The defaults are the safe choice: TLS verified, digests verified,
 * sizes bounded.
 *
 * @param platform which platform to pick from a multi-platform index
 * @param insecure allow plain HTTP and unverified TLS for registries
 * @param caCertificate an extra PEM CA bundle to trust for registries
 * @param username registry user name (with {@code password}); overrides stored credentials
 * @param password registry password or token
 * @param authFile a docker-style config.json to read credentials from instead of the defaults
 * @param connectTimeout TCP/TLS connect timeout per request
 * @param readTimeout longest wait for a response (and between bytes of a body)
 * @param retries how often to retry 429/5xx/connection failures, with exponential backoff
 * @param limits bounds on manifests, configs and layers
 */
public record ImageOptions(
    Platform platform,
    boolean insecure,
    Optional<Path> caCertificate,
    Optional<String> username,
    Optional<String> password,
    Optional<Path> authFile,
    Duration connectTimeout,
    Duration readTimeout,
    int retries,
    ImageLimits limits) {

  public static final ImageOptions DEFAULT = new ImageOptions(Platform.LINUX_AMD64, false, Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty(), Duration.ofSeconds(10), Duration.ofSeconds(60), 4,
      ImageLimits.DEFAULT);

  public ImageOptions withPlatform(Platform newPlatform) {
    return new ImageOptions(newPlatform, insecure, caCertificate, username, password, authFile, connectTimeout,
        readTimeout, retries, limits);
  }

  public ImageOptions withLimits(ImageLimits newLimits) {
    return new ImageOptions(platform, insecure, caCertificate, username, password, authFile, connectTimeout,
        readTimeout, retries, newLimits);
  }
}
