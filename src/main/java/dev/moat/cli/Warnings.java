package dev.moat.cli;

import java.io.PrintWriter;
import java.util.List;

/** Prints analysis warnings on stderr: a count by default, every one with {@code --debug}. */
final class Warnings {

  private Warnings() {}

  static void print(PrintWriter err, List<String> warnings, boolean debug) {
    if (warnings.isEmpty()) {
      return;
    }
    if (debug) {
      warnings.forEach(w -> err.println("moat: warning: " + w));
    } else {
      err.println("moat: warning: " + warnings.size() + " file(s) could not be analysed (run with --debug to list them)");
    }
    err.flush();
  }
}
