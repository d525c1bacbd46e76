package dev.moat.secret;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides from a path and size alone whether a file is worth reading for secrets, as Trivy's secret
 * analyzer does: files under 10 bytes, lock files and checksums (go.sum, package-lock.json, ...),
 * files under {@code .git/} or {@code node_modules/}, media and archives by extension, files above
 * the size limit, and paths an allow rule covers ({@code /usr/share/}, {@code .md}, tests, ...).
 */
final class FileSelector {

  /** Trivy's secret analyzer: below this size a file cannot hold a secret worth reporting. */
  private static final long MIN_SIZE = 10;

  private static final Set<String> SKIP_FILES = Set.of(
      "go.mod", "go.sum", "package-lock.json", "yarn.lock", "pnpm-lock.yaml", "Pipfile.lock", "Gemfile.lock");
  private static final List<String> SKIP_DIRS = List.of("/.git/", "/node_modules/");
  private static final Set<String> SKIP_EXTENSIONS = Set.of(
      // Trivy's list
      "jpg", "png", "gif", "doc", "pdf", "bin", "svg", "socket", "deb", "rpm", "zip", "gz", "gzip", "tar", "pyc",
      // compiled or compressed content a text regex cannot match in
      "jpeg", "webp", "ico", "bmp", "tiff", "woff", "woff2", "ttf", "otf", "eot", "mp3", "mp4", "ogg", "wav",
      "so", "a", "o", "class", "jar", "war", "ear", "whl", "egg", "xz", "bz2", "zst", "lz4", "7z", "tgz",
      "mo", "gmo", "db", "sqlite", "wasm", "exe", "dll", "dylib", "node");

  private final List<AllowRule> allowRules;
  private final long maxFileSize;

  FileSelector(List<AllowRule> allowRules, long maxFileSize) {
    this.allowRules = List.copyOf(allowRules);
    this.maxFileSize = maxFileSize;
  }

  boolean accepts(String path, long size) {
    if (size < MIN_SIZE || size > maxFileSize) {
      return false;
    }
    int slash = path.lastIndexOf('/');
    String name = path.substring(slash + 1);
    if (SKIP_FILES.contains(name)) {
      return false;
    }
    int dot = name.lastIndexOf('.');
    if (dot >= 0 && SKIP_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (String dir : SKIP_DIRS) {
      if (path.contains(dir) || path.startsWith(dir.substring(1))) {
        return false;
      }
    }
    for (AllowRule rule : allowRules) {
      if (rule.allowsPath(path)) {
        return false;
      }
    }
    return true;
  }
}
