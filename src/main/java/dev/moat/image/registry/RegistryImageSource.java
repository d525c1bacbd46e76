package dev.moat.image.registry;

import dev.moat.MoatException;
import dev.moat.image.ImageOptions;
import dev.moat.image.ImageReference;
import dev.moat.image.ImageSource;

/** Placeholder until the registry client lands. */
public final class RegistryImageSource {
  private RegistryImageSource() {}

  public static ImageSource open(ImageReference reference, ImageOptions options) {
    throw MoatException.invalid("registry transport not implemented yet: " + reference);
  }
}
