package dev.moat.cli;

import dev.moat.MoatDirectories;
import dev.moat.analyze.AnalysisOptions;
import dev.moat.analyze.SkipRules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Flags shared by the commands that analyse an image: skips, the layer cache. */
public final class AnalysisFlags {

  @Option(names = "--skip-files", split = ",", paramLabel = "GLOB",
      description = "Files to leave out, as globs over image paths (repeatable, comma-separated).")
  List<String> skipFiles = new ArrayList<>();

  @Option(names = "--skip-dirs", split = ",", paramLabel = "GLOB",
      description = "Directories to leave out, as globs over image paths (repeatable, comma-separated).")
  List<String> skipDirs = new ArrayList<>();

  @Option(names = "--cache-dir", paramLabel = "DIR",
      description = "Where layer results are cached (default: $MOAT_CACHE_DIR, else ~/.cache/moat).")
  Path cacheDir;

  @Option(names = "--no-cache", description = "Analyse every layer, read and write no layer cache.")
  boolean noCache;

  AnalysisOptions toOptions() {
    AnalysisOptions options = AnalysisOptions.packagesOnly()
        .withSkip(new SkipRules(skipFiles, skipDirs))
        .withProgress(ConsoleProgress.forStderr());
    return noCache ? options : options.withCache(Optional.ofNullable(cacheDir).orElseGet(MoatDirectories::cacheRoot));
  }
}
