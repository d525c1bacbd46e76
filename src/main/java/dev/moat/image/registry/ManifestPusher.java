package dev.moat.image.registry;

import dev.moat.MoatException;
import dev.moat.image.Digests;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;

/** Pushes a manifest or index under a tag or its digest and returns the digest the registry stored. */
final class ManifestPusher {

  private final RegistryTransport transport;
  private final String repository;
  private final String reference;

  ManifestPusher(RegistryTransport transport, String repository, String reference) {
    this.transport = transport;
    this.repository = repository;
    this.reference = reference;
  }

  String push(String mediaType, byte[] bytes) {
    String digest = Digests.sha256(bytes);
    String name = transport.registry() + "/" + repository + (reference.contains(":") ? "@" : ":") + reference;
    RegistryRequest request = new RegistryRequest("PUT", "/v2/" + repository + "/manifests/" + reference,
        RegistryRequest.pushScope(repository), repository, Map.of("Content-Type", mediaType),
        Optional.of(() -> HttpRequest.BodyPublishers.ofByteArray(bytes)));
    HttpResponse<InputStream> response = transport.send(request);
    if (response.statusCode() != 201 && response.statusCode() != 200) {
      throw Responses.unexpected(response, transport.registry(), "push manifest " + name);
    }
    ErrorBody.summarize(response.body());
    Optional<String> stored = response.headers().firstValue("Docker-Content-Digest");
    if (stored.isPresent() && !stored.get().equals(digest)) {
      throw MoatException.invalid("registry " + transport.registry() + " stored manifest " + name + " as "
          + stored.get() + " but its bytes hash to " + digest);
    }
    return digest;
  }
}
