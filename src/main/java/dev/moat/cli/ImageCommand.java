package dev.moat.cli;

import picocli.CommandLine.Command;

/** {@code moat image}: look inside an image without scanning it. */
@Command(name = "image", mixinStandardHelpOptions = true, description = "Inspect images and list their files.",
    subcommands = {ImageInspectCommand.class, ImageLsCommand.class})
public final class ImageCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
