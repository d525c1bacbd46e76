package dev.moat.secret;

/** How bad a leaked secret of a rule is, on Trivy's scale; custom rules without one are UNKNOWN. */
public enum Severity {
  CRITICAL,
  HIGH,
  MEDIUM,
  LOW,
  UNKNOWN
}
