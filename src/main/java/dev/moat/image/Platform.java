package dev.moat.image;

import dev.moat.MoatException;
import java.util.Optional;

/** An OCI platform: operating system, architecture and optional variant ({@code linux/arm64/v8}). */
public record Platform(String os, String architecture, Optional<String> variant) {

  public static final Platform LINUX_AMD64 = new Platform("linux", "amd64", Optional.empty());

  /** Parses {@code os/arch[/variant]}, as {@code --platform} takes it. */
  public static Platform parse(String text) {
    String[] parts = text.split("/", -1);
    if (parts.length < 2 || parts.length > 3 || parts[0].isBlank() || parts[1].isBlank()) {
      throw MoatException.invalid("invalid platform '" + text + "': expected os/arch[/variant]");
    }
    Optional<String> variant = parts.length == 3 && !parts[2].isBlank() ? Optional.of(parts[2]) : Optional.empty();
    return new Platform(parts[0], parts[1], variant);
  }

  /**
   * Whether an image of platform {@code candidate} serves a request for this platform. A request
   * without a variant accepts any variant, as containerd's default matcher does.
   */
  public boolean accepts(Platform candidate) {
    return os.equals(candidate.os)
        && architecture.equals(candidate.architecture)
        && (variant.isEmpty() || variant.equals(candidate.variant));
  }

  @Override
  public String toString() {
    return os + "/" + architecture + variant.map(v -> "/" + v).orElse("");
  }
}
