package dev.moat.image.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moat.MoatException;
import dev.moat.image.ImageOptions;
import dev.moat.image.ImageReference;
import dev.moat.json.JsonTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds credentials for a registry the way docker and podman do: explicit user/password, else an
 * auth file ({@code --authfile} or {@code REGISTRY_AUTH_FILE}), else {@code $DOCKER_CONFIG/config.json}
 * (default {@code ~/.docker}) then {@code $XDG_RUNTIME_DIR/containers/auth.json}. In each file
 * {@code credHelpers} for the registry wins, then {@code auths}, then {@code credsStore}.
 */
final class CredentialStore {

  /** Docker Hub's credentials are stored under its v1 index URL (docker/cli registry.IndexServer). */
  static final String DOCKER_HUB_SERVER = "https://index.docker.io/v1/";

  private final ImageOptions options;
  private final Map<String, String> environment;

  CredentialStore(ImageOptions options, Map<String, String> environment) {
    this.options = options;
    this.environment = Map.copyOf(environment);
  }

  Optional<Credentials> lookup(String registry) {
    if (options.username().isPresent()) {
      return Optional.of(new Credentials(options.username().get(), options.password().orElse("")));
    }
    Optional<Path> explicit = options.authFile()
        .or(() -> Optional.ofNullable(environment.get("REGISTRY_AUTH_FILE")).filter(s -> !s.isBlank()).map(Path::of));
    if (explicit.isPresent()) {
      if (!Files.isRegularFile(explicit.get())) {
        throw MoatException.notFound("auth file " + explicit.get() + " does not exist");
      }
      return fromFile(explicit.get(), registry);
    }
    for (Path file : defaultFiles()) {
      if (Files.isRegularFile(file)) {
        Optional<Credentials> found = fromFile(file, registry);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private List<Path> defaultFiles() {
    List<Path> files = new ArrayList<>();
    String dockerConfig = environment.get("DOCKER_CONFIG");
    if (dockerConfig != null && !dockerConfig.isBlank()) {
      files.add(Path.of(dockerConfig, "config.json"));
    } else if (environment.containsKey("HOME")) {
      files.add(Path.of(environment.get("HOME"), ".docker", "config.json"));
    }
    String runtimeDir = environment.get("XDG_RUNTIME_DIR");
    if (runtimeDir != null && !runtimeDir.isBlank()) {
      files.add(Path.of(runtimeDir, "containers", "auth.json"));
    }
    return files;
  }

  private Optional<Credentials> fromFile(Path file, String registry) {
    JsonNode config;
    try {
      config = JsonTrees.parse(Files.readAllBytes(file));
    } catch (IOException e) {
      throw MoatException.invalid("cannot read auth file " + file + ": " + e.getMessage(), e);
    }
    String server = serverName(registry);
    JsonNode helpers = config.path("credHelpers");
    for (String key : keysFor(registry)) {
      if (helpers.hasNonNull(key)) {
        return new CredentialHelper(helpers.get(key).asText(), environment).get(server);
      }
    }
    Optional<Credentials> inline = fromAuths(config.path("auths"), registry, file);
    if (inline.isPresent()) {
      return inline;
    }
    if (config.hasNonNull("credsStore") && !config.get("credsStore").asText().isBlank()) {
      return new CredentialHelper(config.get("credsStore").asText(), environment).get(server);
    }
    return Optional.empty();
  }

  private static Optional<Credentials> fromAuths(JsonNode auths, String registry, Path file) {
    List<String> wanted = keysFor(registry);
    for (Iterator<Map.Entry<String, JsonNode>> it = auths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      if (!wanted.contains(hostOf(entry.getKey()))) {
        continue;
      }
      JsonNode value = entry.getValue();
      if (value.hasNonNull("identitytoken") && !value.get("identitytoken").asText().isEmpty()) {
        return Optional.of(Credentials.identityToken(value.get("identitytoken").asText()));
      }
      if (value.hasNonNull("auth") && !value.get("auth").asText().isEmpty()) {
        String decoded;
        try {
          decoded = new String(Base64.getDecoder().decode(value.get("auth").asText().strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          throw MoatException.invalid("auth file " + file + ": entry " + entry.getKey() + " is not base64");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
          throw MoatException.invalid("auth file " + file + ": entry " + entry.getKey() + " is not user:password");
        }
        return Optional.of(new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
      }
      if (value.hasNonNull("username")) {
        return Optional.of(new Credentials(value.get("username").asText(), value.path("password").asText("")));
      }
    }
    return Optional.empty();
  }

  /** The server name a credential helper is asked about. */
  static String serverName(String registry) {
    return isDockerHub(registry) ? DOCKER_HUB_SERVER : registry;
  }

  /** Host names under which a registry's credentials may be stored, after {@link #hostOf}. */
  static List<String> keysFor(String registry) {
    if (isDockerHub(registry)) {
      return List.of("index.docker.io", "docker.io", "registry-1.docker.io");
    }
    return List.of(registry);
  }

  /** {@code https://index.docker.io/v1/} to {@code index.docker.io}; a bare host stays as is. */
  static String hostOf(String key) {
    String host = key.strip();
    int scheme = host.indexOf("://");
    if (scheme >= 0) {
      host = host.substring(scheme + 3);
    }
    int slash = host.indexOf('/');
    return slash >= 0 ? host.substring(0, slash) : host;
  }

  private static boolean isDockerHub(String registry) {
    return registry.equals(ImageReference.DOCKER_HUB) || registry.equals("index.docker.io")
        || registry.equals("registry-1.docker.io");
  }
}
