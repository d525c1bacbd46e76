package dev.moat.image.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moat.MoatException;
import dev.moat.image.Digests;
import dev.moat.image.MediaTypes;
import dev.moat.json.JsonTrees;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pulls a manifest or index by tag or digest, asking for all four manifest media types, and
 * checks the bytes: their sha256 must equal {@code Docker-Content-Digest} when the registry sends
 * it, and the requested digest when pulled by digest.
 */
final class ManifestPuller {

  /** The manifest media types Moat reads, in the order it asks for them in {@code Accept}. */
  static final List<String> ACCEPTED = List.of(MediaTypes.OCI_MANIFEST, MediaTypes.DOCKER_MANIFEST,
      MediaTypes.OCI_INDEX, MediaTypes.DOCKER_MANIFEST_LIST);

  private final RegistryTransport transport;
  private final String repository;
  private final String reference;

  ManifestPuller(RegistryTransport transport, String repository, String reference) {
    this.transport = transport;
    this.repository = repository;
    this.reference = reference;
  }

  RegistryManifest pull() {
    return fetch(false).orElseThrow();
  }

  /** The manifest, or empty when the registry answers 404 (no such tag, digest or repository). */
  Optional<RegistryManifest> find() {
    return fetch(true);
  }

  private Optional<RegistryManifest> fetch(boolean absentIsEmpty) {
    String name = transport.registry() + "/" + repository + (reference.contains(":") ? "@" : ":") + reference;
    RegistryRequest request = RegistryRequest.get("/v2/" + repository + "/manifests/" + reference,
        RegistryRequest.pullScope(repository), repository, Map.of("Accept", String.join(", ", ACCEPTED)));
    HttpResponse<InputStream> response = transport.send(request);
    if (response.statusCode() == 404 && absentIsEmpty) {
      ErrorBody.summarize(response.body());
      return Optional.empty();
    }
    if (response.statusCode() != 200) {
      throw Responses.unexpected(response, transport.registry(), "manifest " + name);
    }
    byte[] bytes = Responses.readBounded(response, transport.options().limits().maxManifestBytes(), "manifest " + name);
    String computed = Digests.sha256(bytes);
    Optional<String> header = response.headers().firstValue("Docker-Content-Digest");
    if (header.isPresent() && !header.get().equals(computed)) {
      throw MoatException.invalid("manifest " + name + " does not match its Docker-Content-Digest "
          + header.get() + ": the bytes hash to " + computed);
    }
    if (reference.contains(":") && !reference.equals(computed)) {
      throw MoatException.invalid("manifest " + name + " does not match its digest: the bytes hash to " + computed);
    }
    return Optional.of(new RegistryManifest(mediaType(response, bytes, name), computed, bytes));
  }

  /** Content-Type when it names a manifest type, else the JSON {@code mediaType}, else the shape. */
  private static String mediaType(HttpResponse<?> response, byte[] bytes, String name) {
    Optional<String> contentType = response.headers().firstValue("Content-Type")
        .map(v -> v.split(";", 2)[0].strip());
    if (contentType.isPresent() && ACCEPTED.contains(contentType.get())) {
      return contentType.get();
    }
    JsonNode json;
    try {
      json = JsonTrees.parse(bytes);
    } catch (IOException e) {
      throw MoatException.invalid("manifest " + name + " is not JSON: " + e.getMessage(), e);
    }
    String declared = json.path("mediaType").asText("");
    if (ACCEPTED.contains(declared)) {
      return declared;
    }
    if (json.path("schemaVersion").asInt() == 1) {
      throw MoatException.invalid("manifest " + name + " is Docker schema 1, which Moat does not read");
    }
    if (json.has("manifests")) {
      return MediaTypes.OCI_INDEX;
    }
    if (json.has("config") && json.has("layers")) {
      return MediaTypes.OCI_MANIFEST;
    }
    throw MoatException.invalid("manifest " + name + " has unsupported media type "
        + contentType.orElse(declared.isEmpty() ? "(none)" : declared));
  }
}
