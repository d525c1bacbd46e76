package dev.moat.vulndb;

import java.util.Optional;

/**
 * A severity of an advisory.
 *
 * @param type {@code CVSS_V2}, {@code CVSS_V3}, {@code CVSS_V4}, or a vendor scale ({@code Ubuntu},
 *     {@code Debian}, {@code RubySec})
 * @param score a CVSS vector, a numeric score, or the vendor's word
 * @param source who assigned it ({@code nvd}), if known
 */
public record Severity(String type, String score, Optional<String> source) {
  public Severity {
    source = Nulls.optional(source);
  }

  public Severity(String type, String score) {
    this(type, score, Optional.empty());
  }
}
