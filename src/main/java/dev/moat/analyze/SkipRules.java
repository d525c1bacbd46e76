package dev.moat.analyze;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * Files and directories to leave out ({@code --skip-files}, {@code --skip-dirs}), as globs over
 * absolute image paths: {@code /app/test/**}, {@code **}{@code /*.pem}. A skipped directory skips all below it.
 */
public final class SkipRules {

  public static final SkipRules NONE = new SkipRules(List.of(), List.of());

  private final List<String> fileGlobs;
  private final List<String> dirGlobs;
  private final List<PathMatcher> files;
  private final List<PathMatcher> dirs;

  public SkipRules(List<String> fileGlobs, List<String> dirGlobs) {
    this.fileGlobs = List.copyOf(fileGlobs);
    this.dirGlobs = List.copyOf(dirGlobs);
    this.files = this.fileGlobs.stream().map(SkipRules::matcher).toList();
    this.dirs = this.dirGlobs.stream().map(SkipRules::matcher).toList();
  }

  private static PathMatcher matcher(String glob) {
    String absolute = glob.startsWith("/") || glob.startsWith("**") ? glob : "/" + glob;
    return FileSystems.getDefault().getPathMatcher("glob:" + absolute);
  }

  public boolean isEmpty() {
    return files.isEmpty() && dirs.isEmpty();
  }

  /** Whether the file at {@code path} is skipped, by its own glob or a skipped parent directory. */
  public boolean skips(String path) {
    if (isEmpty()) {
      return false;
    }
    Path p = Path.of(path);
    for (PathMatcher m : files) {
      if (m.matches(p)) {
        return true;
      }
    }
    for (Path parent = p.getParent(); parent != null; parent = parent.getParent()) {
      for (PathMatcher m : dirs) {
        if (m.matches(parent)) {
          return true;
        }
      }
    }
    return false;
  }

  String fingerprint() {
    return String.join(";", fileGlobs) + "|" + String.join(";", dirGlobs);
  }
}
