package dev.moat.cli;

import dev.moat.image.FilesystemView;
import dev.moat.image.ImageOptions;
import dev.moat.image.ImageSource;
import dev.moat.image.ImageSources;
import dev.moat.image.LayerEntry;
import dev.moat.image.LayerStreamer;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code moat image ls}: the files of an image's final filesystem (after whiteouts), one per line:
 * type, mode, size, path (with {@code -> target} for links) and the index of the layer it came from.
 */
@Command(name = "ls", mixinStandardHelpOptions = true,
    description = "List the files of an image's final filesystem with the layer each came from.")
public final class ImageLsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ImageOptionsMixin imageOptions;

  @Parameters(index = "0", paramLabel = "IMAGE", description = "The image, as for 'moat image inspect'.")
  String image;

  @Parameters(index = "1", arity = "0..1", paramLabel = "PATH-GLOB",
      description = "Only paths matching this glob ('*' stays in one directory, '**' crosses them), e.g. '/usr/bin/*'.")
  String glob;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ImageOptions options = imageOptions.toOptions();
    PathMatcher matcher = glob == null ? null : FileSystems.getDefault().getPathMatcher("glob:" + glob);
    try (ImageSource source = ImageSources.open(image, options)) {
      FilesystemView view = FilesystemView.build(source, new LayerStreamer(options.limits()));
      out.printf("%-9s %-5s %12s  %-5s  %s%n", "TYPE", "MODE", "SIZE", "LAYER", "PATH");
      for (FilesystemView.Node node : view.nodes()) {
        LayerEntry e = node.entry();
        if (matcher != null && !matcher.matches(Path.of(e.path()))) {
          continue;
        }
        out.printf("%-9s %04o  %12d  %-5d  %s%s%n", type(e.type()), e.mode(), e.size(), node.layerIndex(), e.path(),
            e.linkTarget().map(t -> " -> " + t).orElse(""));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static String type(LayerEntry.Type type) {
    return switch (type) {
      case FILE -> "file";
      case DIRECTORY -> "dir";
      case SYMLINK -> "symlink";
      case HARDLINK -> "hardlink";
      case SPECIAL -> "special";
      case WHITEOUT, OPAQUE_DIRECTORY -> "whiteout";
    };
  }
}
