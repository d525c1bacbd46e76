package dev.moat.image.local;

import dev.moat.MoatException;
import dev.moat.image.ImageOptions;
import dev.moat.image.ImageSource;

/** Placeholder until the local transports land. */
public final class DockerArchiveSource {
  private DockerArchiveSource() {}

  public static ImageSource open(String spec, ImageOptions options) {
    throw MoatException.invalid("transport not implemented yet: " + spec);
  }
}
