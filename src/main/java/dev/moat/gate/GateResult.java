package dev.moat.gate;

import dev.moat.match.Finding;
import java.util.List;

/**
 * The findings that remain after the gate's filters, the ones suppressed (with the reason), and
 * warnings such as expired ignore entries.
 */
public record GateResult(List<Finding> kept, List<Suppression> suppressed, List<String> warnings) {

  public GateResult {
    kept = List.copyOf(kept);
    suppressed = List.copyOf(suppressed);
    warnings = List.copyOf(warnings);
  }
}
