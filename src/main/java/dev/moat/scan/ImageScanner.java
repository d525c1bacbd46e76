package dev.moat.scan;

import dev.moat.MoatDirectories;
import dev.moat.analyze.AnalysisOptions;
import dev.moat.analyze.Analyzers;
import dev.moat.analyze.ImageAnalysis;
import dev.moat.analyze.ImageAnalyzer;
import dev.moat.image.Image;
import dev.moat.image.ImageOptions;
import dev.moat.image.ImageSource;
import dev.moat.image.ImageSources;
import dev.moat.image.LayerStreamer;
import dev.moat.match.Finding;
import dev.moat.match.VulnerabilityMatcher;
import dev.moat.vulndb.VulnerabilityDatabase;
import java.util.List;
import java.util.Optional;

/**
 * The engine's front door: opens an image from any transport, analyses its layers (in parallel,
 * through the layer cache) and, given a vulnerability database, matches the inventory against it.
 * The CLI, and later the registry and cluster watchers, call this and nothing below it.
 */
public final class ImageScanner {

  private final ImageOptions imageOptions;
  private final AnalysisOptions analysisOptions;

  public ImageScanner(ImageOptions imageOptions, AnalysisOptions analysisOptions) {
    this.imageOptions = imageOptions;
    this.analysisOptions = analysisOptions;
  }

  /** Inventory and secrets of the image named {@code imageName} ({@code oci:dir:tag}, a reference, ...). */
  public ImageAnalysis analyze(String imageName) {
    try (ImageSource source = ImageSources.open(imageName, imageOptions)) {
      Image image = source.image();
      LayerStreamer streamer = new LayerStreamer(imageOptions.limits());
      return new ImageAnalyzer(Analyzers.installed(), analysisOptions, MoatDirectories.tempRoot())
          .analyze(image, (layer, visitor) -> streamer.stream(source, layer, visitor));
    }
  }

  /** Analyses the image and, when {@code db} is given, matches its packages against it. */
  public ScanResult scan(String imageName, Optional<VulnerabilityDatabase> db) {
    ImageAnalysis analysis = analyze(imageName);
    List<Finding> findings = db.map(d -> new VulnerabilityMatcher(d).match(analysis.inventory())).orElse(List.of());
    return new ScanResult(analysis, findings);
  }
}
