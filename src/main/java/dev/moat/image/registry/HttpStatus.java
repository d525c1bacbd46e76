package dev.moat.image.registry;

import java.util.Map;

/** Reason phrases for the statuses users see in Moat's messages (HttpClient does not keep them). */
final class HttpStatus {

  private static final Map<Integer, String> REASONS = Map.ofEntries(
      Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
      Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(409, "Conflict"),
      Map.entry(413, "Payload Too Large"), Map.entry(416, "Range Not Satisfiable"),
      Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"),
      Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

  private HttpStatus() {}

  /** {@code 401 Unauthorized}. */
  static String describe(int status) {
    String reason = REASONS.get(status);
    return reason == null ? String.valueOf(status) : status + " " + reason;
  }

  static boolean isRetryable(int status) {
    return status == 429 || status >= 500;
  }
}
