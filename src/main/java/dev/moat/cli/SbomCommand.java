package dev.moat.cli;

import dev.moat.analyze.ImageAnalysis;
import dev.moat.sbom.SbomFormat;
import dev.moat.sbom.SbomWriter;
import dev.moat.scan.ImageScanner;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code moat sbom}: the inventory of an image as CycloneDX, SPDX or Moat JSON. No vulnerability DB needed. */
@Command(name = "sbom", mixinStandardHelpOptions = true,
    description = "Write the software bill of materials of an image (CycloneDX 1.6, SPDX 2.3 or Moat JSON).")
public final class SbomCommand implements Callable<Integer> {

  @Parameters(paramLabel = "IMAGE",
      description = "Image: a registry reference (or docker://REF), oci:DIR[:TAG], oci-archive:FILE[:TAG], docker-archive:FILE")
  String image;

  @Option(names = {"-f", "--format"}, defaultValue = "cyclonedx",
      description = "cyclonedx, spdx or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
  Path output;

  @Mixin ImageOptionsMixin imageOptions;
  @Mixin AnalysisFlags analysis;
  @Mixin GlobalOptions global;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    SbomFormat sbomFormat = SbomFormat.parse(format);
    ImageAnalysis result = new ImageScanner(imageOptions.toOptions(), analysis.toOptions()).analyze(image);
    Warnings.print(spec.commandLine().getErr(), result.warnings(), global.debug);
    AtomicOutput.write(Optional.ofNullable(output), System.out,
        out -> new SbomWriter(VersionProvider.version()).write(result.inventory(), sbomFormat, out));
    return ExitCodes.OK;
  }
}
