package dev.moat.image.registry;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Asks whether a repository holds a blob ({@code HEAD /v2/<name>/blobs/<digest>}). */
final class BlobChecker {

  private final RegistryTransport transport;
  private final String repository;
  private final String digest;

  BlobChecker(RegistryTransport transport, String repository, String digest) {
    this.transport = transport;
    this.repository = repository;
    this.digest = digest;
  }

  /** The blob's size if it exists (-1 when the registry does not say), empty if it does not. */
  Optional<Long> check() {
    RegistryRequest request = new RegistryRequest("HEAD", "/v2/" + repository + "/blobs/" + digest,
        RegistryRequest.pullScope(repository), repository, Map.of(), Optional.empty());
    HttpResponse<InputStream> response = transport.send(request);
    ErrorBody.summarize(response.body());
    if (response.statusCode() == 404) {
      return Optional.empty();
    }
    if (response.statusCode() != 200) {
      throw Responses.unexpected(response, transport.registry(), "check blob " + digest + " in " + repository);
    }
    OptionalLong length = Responses.contentLength(response);
    return Optional.of(length.isPresent() ? length.getAsLong() : -1L);
  }
}
