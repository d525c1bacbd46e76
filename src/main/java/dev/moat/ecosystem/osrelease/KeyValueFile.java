package dev.moat.ecosystem.osrelease;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads shell-style {@code KEY=value} files: os-release(5) and lsb-release. Values may be wrapped in
 * double or single quotes; backslash escapes inside double quotes are undone as os-release(5) says.
 */
final class KeyValueFile {

  /** os-release files are a few hundred bytes; anything bigger is not one. */
  static final int MAX_BYTES = 64 * 1024;

  private KeyValueFile() {}

  static Map<String, String> read(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES);
    var reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes),
        StandardCharsets.UTF_8));
    Map<String, String> values = new HashMap<>();
    String line;
    while ((line = reader.readLine()) != null) {
      line = line.strip();
      int eq = line.indexOf('=');
      if (line.isEmpty() || line.charAt(0) == '#' || eq <= 0) {
        continue;
      }
      values.put(line.substring(0, eq).strip(), unquote(line.substring(eq + 1).strip()));
    }
    return Map.copyOf(values);
  }

  static String unquote(String raw) {
    if (raw.length() >= 2) {
      char first = raw.charAt(0);
      if ((first == '"' || first == '\'') && raw.charAt(raw.length() - 1) == first) {
        String inner = raw.substring(1, raw.length() - 1);
        return first == '"' ? unescape(inner) : inner;
      }
    }
    return raw;
  }

  private static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    var out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        c = s.charAt(++i);
      }
      out.append(c);
    }
    return out.toString();
  }
}
