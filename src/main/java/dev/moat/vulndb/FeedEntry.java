package dev.moat.vulndb;

import java.nio.charset.StandardCharsets;

/**
 * One file of a feed, read whole: a file of a directory or an entry of a zip or tar.gz.
 *
 * @param path where it came from, for messages: {@code /data/osv.zip!/GO-2023-1705.json}
 * @param content its bytes
 */
public record FeedEntry(String path, byte[] content) {

  /** The file name: the last segment of the path. */
  public String fileName() {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('!'));
    return path.substring(slash + 1);
  }

  /** The first {@code n} bytes as text, for format detection. */
  public String head(int n) {
    return new String(content, 0, Math.min(n, content.length), StandardCharsets.UTF_8);
  }

  /** Whether the path ends with one of the suffixes. */
  public boolean endsWith(String... suffixes) {
    for (String s : suffixes) {
      if (path.endsWith(s)) {
        return true;
      }
    }
    return false;
  }

  public String text() {
    return new String(content, StandardCharsets.UTF_8);
  }
}
