package dev.moat.image;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of an OCI image configuration that Moat reports and uses. {@code diffIds} are the
 * uncompressed layer digests in order, base first.
 */
public record ImageConfig(
    String os,
    String architecture,
    Optional<String> variant,
    Optional<String> created,
    Optional<String> user,
    Optional<String> workingDir,
    List<String> env,
    List<String> entrypoint,
    List<String> cmd,
    Map<String, String> labels,
    List<String> diffIds) {

  public ImageConfig {
    env = List.copyOf(env);
    entrypoint = List.copyOf(entrypoint);
    cmd = List.copyOf(cmd);
    labels = Map.copyOf(labels);
    diffIds = List.copyOf(diffIds);
  }

  public Platform platform() {
    return new Platform(os, architecture, variant);
  }
}
