package dev.moat.sbom;

import dev.moat.MoatException;
import java.util.Locale;

/** The inventory formats {@code moat sbom} writes. */
public enum SbomFormat {
  CYCLONEDX,
  SPDX,
  JSON;

  public static SbomFormat parse(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "cyclonedx", "cdx" -> CYCLONEDX;
      case "spdx", "spdx-json" -> SPDX;
      case "json" -> JSON;
      default -> throw MoatException.invalid("unknown SBOM format '" + text + "': use cyclonedx, spdx or json");
    };
  }
}
