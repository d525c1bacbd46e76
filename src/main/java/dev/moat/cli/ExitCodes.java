package dev.moat.cli;

/** The process exit codes, documented in the README. */
public final class ExitCodes {
  /** Success: no findings at the gated severities (or no gate asked for). */
  public static final int OK = 0;
  /** Findings at the gated severities (the default of {@code --exit-code}). */
  public static final int FINDINGS = 1;
  /** Usage error or invalid/hostile input (bad flag, malformed reference, digest mismatch, ...). */
  public static final int USAGE = 2;
  /** Registry refused the credentials. */
  public static final int UNAUTHORIZED = 3;
  /** Network failure or timeout. */
  public static final int NETWORK = 4;
  /** Internal error. */
  public static final int INTERNAL = 5;

  private ExitCodes() {}
}
