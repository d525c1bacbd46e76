package dev.moat.match;

/** Whether a fix exists for a finding, in the words distributions use. */
public enum FixStatus {
  /** A fixed version exists. */
  FIXED,
  /** Affected, no fix yet. */
  AFFECTED,
  /** The distribution decided not to fix it. */
  WILL_NOT_FIX,
  /** Fix deferred by the distribution. */
  FIX_DEFERRED,
  /** The release is out of support; no fix will come. */
  END_OF_LIFE
}
