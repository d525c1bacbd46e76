package dev.moat.image;

import dev.moat.MoatException;

/** Parses image references following the distribution/reference grammar. */
final class ImageReferenceParser {

  private ImageReferenceParser() {}

  static ImageReference parse(String text) {
    throw MoatException.invalid("reference parsing not implemented yet: " + text);
  }
}
