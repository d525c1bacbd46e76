package dev.moat.match;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Computes the base score of a CVSS v3.0/v3.1 vector, following the formulas of the FIRST CVSS v3.1
 * specification, section 7.1 (v3.0 differs only in rounding, which the v3.1 Roundup covers).
 */
public final class CvssV3 {

  private CvssV3() {}

  /** The base score of {@code vector}, or empty when the vector is not a complete CVSS v3 base vector. */
  public static Optional<Double> baseScore(String vector) {
    if (vector == null || !vector.startsWith("CVSS:3.")) {
      return Optional.empty();
    }
    Map<String, String> m = new HashMap<>();
    for (String part : vector.split("/")) {
      int colon = part.indexOf(':');
      if (colon > 0) {
        m.put(part.substring(0, colon), part.substring(colon + 1));
      }
    }
    try {
      boolean scopeChanged = "C".equals(require(m, "S"));
      double av = switch (require(m, "AV")) {
        case "N" -> 0.85; case "A" -> 0.62; case "L" -> 0.55; case "P" -> 0.2;
        default -> throw new IllegalArgumentException();
      };
      double ac = switch (require(m, "AC")) {
        case "L" -> 0.77; case "H" -> 0.44;
        default -> throw new IllegalArgumentException();
      };
      double pr = switch (require(m, "PR")) {
        case "N" -> 0.85; case "L" -> scopeChanged ? 0.68 : 0.62; case "H" -> scopeChanged ? 0.5 : 0.27;
        default -> throw new IllegalArgumentException();
      };
      double ui = switch (require(m, "UI")) {
        case "N" -> 0.85; case "R" -> 0.62;
        default -> throw new IllegalArgumentException();
      };
      double c = impact(require(m, "C"));
      double i = impact(require(m, "I"));
      double a = impact(require(m, "A"));
      double iss = 1 - (1 - c) * (1 - i) * (1 - a);
      double impact = scopeChanged ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
      double exploitability = 8.22 * av * ac * pr * ui;
      if (impact <= 0) {
        return Optional.of(0.0);
      }
      double raw = scopeChanged ? Math.min(1.08 * (impact + exploitability), 10) : Math.min(impact + exploitability, 10);
      return Optional.of(roundUp(raw));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String require(Map<String, String> m, String key) {
    String v = m.get(key);
    if (v == null) {
      throw new IllegalArgumentException(key);
    }
    return v;
  }

  private static double impact(String value) {
    return switch (value) {
      case "H" -> 0.56; case "L" -> 0.22; case "N" -> 0.0;
      default -> throw new IllegalArgumentException(value);
    };
  }

  /** CVSS v3.1 Appendix A Roundup: the smallest one-decimal number not below the input, float-safe. */
  static double roundUp(double value) {
    long intInput = Math.round(value * 100000);
    if (intInput % 10000 == 0) {
      return intInput / 100000.0;
    }
    return (Math.floor(intInput / 10000.0) + 1) / 10.0;
  }
}
