package dev.moat.analyze;

import dev.moat.secret.SecretScanner;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What to look for in an image and how.
 *
 * @param packages run the package analyzers (OS and language packages)
 * @param secrets the secret scanner to run over every file of every layer, if secrets are wanted
 * @param skip files and directories to leave out of every analysis
 * @param cacheDirectory where per-layer results are cached; empty disables the cache
 * @param parallelism how many layers to analyse at once
 * @param progress told about the work as it happens
 */
public record AnalysisOptions(
    boolean packages,
    Optional<SecretScanner> secrets,
    SkipRules skip,
    Optional<Path> cacheDirectory,
    int parallelism,
    ProgressListener progress) {

  /** Packages only, no secrets, no cache, one layer per core. */
  public static AnalysisOptions packagesOnly() {
    return new AnalysisOptions(true, Optional.empty(), SkipRules.NONE, Optional.empty(),
        Runtime.getRuntime().availableProcessors(), ProgressListener.SILENT);
  }

  public AnalysisOptions withCache(Path directory) {
    return new AnalysisOptions(packages, secrets, skip, Optional.of(directory), parallelism, progress);
  }

  public AnalysisOptions withSecrets(SecretScanner scanner) {
    return new AnalysisOptions(packages, Optional.of(scanner), skip, cacheDirectory, parallelism, progress);
  }

  public AnalysisOptions withPackages(boolean enabled) {
    return new AnalysisOptions(enabled, secrets, skip, cacheDirectory, parallelism, progress);
  }

  public AnalysisOptions withSkip(SkipRules rules) {
    return new AnalysisOptions(packages, secrets, rules, cacheDirectory, parallelism, progress);
  }

  public AnalysisOptions withProgress(ProgressListener listener) {
    return new AnalysisOptions(packages, secrets, skip, cacheDirectory, parallelism, listener);
  }

  /** Part of the layer cache key: results differ when the kinds of analysis differ. */
  String fingerprint() {
    return "packages=" + packages + ",secrets=" + secrets.map(SecretScanner::fingerprint).orElse("off")
        + ",skip=" + skip.fingerprint();
  }
}
