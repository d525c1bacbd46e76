package dev.moat.image.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moat.MoatException;
import dev.moat.json.JsonTrees;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Docker credential helper ({@code docker-credential-NAME get}, server URL on stdin, JSON
 * {@code {Username, Secret}} on stdout), found on the PATH of the given environment.
 */
final class CredentialHelper {

  private static final long TIMEOUT_SECONDS = 30;
  private static final int MAX_OUTPUT = 64 * 1024;

  private final String name;
  private final Map<String, String> environment;

  CredentialHelper(String name, Map<String, String> environment) {
    this.name = name;
    this.environment = environment;
  }

  /** The stored credentials for {@code server}; empty when the helper has none. */
  Optional<Credentials> get(String server) {
    String program = "docker-credential-" + name;
    Path executable = find(program).orElseThrow(() -> MoatException.invalid(
        "credential helper " + program + " is configured but not on PATH"));
    ProcessBuilder builder = new ProcessBuilder(executable.toString(), "get").redirectErrorStream(false)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    builder.environment().clear();
    builder.environment().putAll(environment);
    try {
      Process process = builder.start();
      try (OutputStream stdin = process.getOutputStream()) {
        stdin.write(server.getBytes(StandardCharsets.UTF_8));
      } catch (IOException closedEarly) {
        // A helper may exit without reading stdin ("not found"); its exit status says what happened.
      }
      byte[] output;
      try (InputStream stdout = process.getInputStream()) {
        output = stdout.readNBytes(MAX_OUTPUT);
      }
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw MoatException.invalid("credential helper " + program + " did not finish in " + TIMEOUT_SECONDS + "s");
      }
      if (process.exitValue() != 0) {
        // "credentials not found in native keychain" is the helper protocol's way of saying none.
        return Optional.empty();
      }
      JsonNode json = JsonTrees.parse(output);
      String username = json.path("Username").asText("");
      String secret = json.path("Secret").asText("");
      return secret.isEmpty() ? Optional.empty() : Optional.of(new Credentials(username, secret));
    } catch (IOException e) {
      throw MoatException.invalid("credential helper " + program + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw MoatException.invalid("credential helper " + program + " was interrupted", e);
    }
  }

  private Optional<Path> find(String program) {
    String path = environment.getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, program);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
