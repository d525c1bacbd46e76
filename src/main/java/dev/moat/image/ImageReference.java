package dev.moat.image;

import java.util.Optional;

/**
 * A registry image reference, parsed and normalised exactly as Docker and containerd do
 * (distribution/reference): default registry {@code docker.io}, {@code library/} for official
 * images, default tag {@code latest} when neither tag nor digest is given.
 *
 * @param registry the registry host[:port] as named ({@code docker.io}, {@code 127.0.0.1:5000})
 * @param repository the repository path ({@code library/alpine})
 * @param tag the tag, if any (defaulted to {@code latest} only when there is no digest)
 * @param digest the digest ({@code sha256:...}), if any
 */
public record ImageReference(String registry, String repository, Optional<String> tag, Optional<String> digest) {

  public static final String DOCKER_HUB = "docker.io";

  /** Parses a reference; throws {@link dev.moat.MoatException} (invalid input) when malformed. */
  public static ImageReference parse(String text) {
    return ImageReferenceParser.parse(text);
  }

  /** The fully qualified form: {@code docker.io/library/alpine:latest}, {@code host/repo@sha256:...}. */
  public String normalized() {
    return registry + "/" + repository + tag.map(t -> ":" + t).orElse("") + digest.map(d -> "@" + d).orElse("");
  }

  /** The same repository at {@code digest}, dropping the tag. */
  public ImageReference withDigest(String newDigest) {
    return new ImageReference(registry, repository, Optional.empty(), Optional.of(newDigest));
  }

  /** The same repository at {@code newTag}. */
  public ImageReference withTag(String newTag) {
    return new ImageReference(registry, repository, Optional.of(newTag), Optional.empty());
  }

  /** What a manifest request asks for: the digest if given, else the tag. */
  public String manifestReference() {
    return digest.orElseGet(() -> tag.orElse("latest"));
  }

  /** The host the Registry API is served from ({@code registry-1.docker.io} for Docker Hub). */
  public String apiHost() {
    return registry.equals(DOCKER_HUB) ? "registry-1.docker.io" : registry;
  }

  @Override
  public String toString() {
    return normalized();
  }
}
