package dev.moat.image.registry;

import dev.moat.MoatException;
import dev.moat.image.ImageOptions;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Sends registry calls: picks the scheme, adds authentication, answers challenges, retries
 * 429/5xx/connection failures with backoff, follows blob redirects without credentials, and turns
 * 401/403 and exhausted retries into {@link MoatException}s. Other statuses go back to the caller.
 */
final class RegistryTransport implements AutoCloseable {

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
  private static final int MAX_REDIRECTS = 5;

  private final String registry;
  private final String apiHost;
  private final ImageOptions options;
  private final HttpClient http;
  private final Authenticator authenticator;
  private volatile String scheme;

  RegistryTransport(String registry, String apiHost, ImageOptions options, Map<String, String> environment) {
    this.registry = registry;
    this.apiHost = apiHost;
    this.options = options;
    this.http = HttpClientFactory.create(options);
    CredentialStore store = new CredentialStore(options, environment);
    this.authenticator = new Authenticator(registry, () -> store.lookup(registry));
  }

  String registry() {
    return registry;
  }

  ImageOptions options() {
    return options;
  }

  /** The final response of a call; its body must be consumed or closed by the caller. */
  HttpResponse<InputStream> send(RegistryRequest request) {
    URI uri = resolve(request.target());
    boolean answeredChallenge = false;
    while (true) {
      HttpResponse<InputStream> response = exchange(() -> build(request, uri), describe(request, uri));
      int status = response.statusCode();
      if (status == 401 && !answeredChallenge) {
        List<String> challenges = response.headers().allValues("WWW-Authenticate");
        ErrorBody.summarize(response.body());
        if (authenticator.respond(challenges, request, r -> exchange(r, "fetch token for " + request.subject()))) {
          answeredChallenge = true;
          continue;
        }
        throw unauthorized(request, status, "");
      }
      if (status == 401 || status == 403) {
        throw unauthorized(request, status, ErrorBody.summarize(response.body()));
      }
      if (REDIRECTS.contains(status) && (request.method().equals("GET") || request.method().equals("HEAD"))) {
        return followRedirects(request, response);
      }
      return response;
    }
  }

  /** A path under this registry, or an absolute or relative {@code Location} from it, as a URI. */
  URI resolve(String target) {
    URI base = URI.create(scheme() + "://" + apiHost + "/");
    return base.resolve(target);
  }

  private HttpRequest build(RegistryRequest request, URI uri) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(options.readTimeout());
    request.headers().forEach(builder::header);
    authenticator.header(request.scope()).ifPresent(h -> builder.header("Authorization", h));
    HttpRequest.BodyPublisher body = request.body().map(Supplier::get).orElse(HttpRequest.BodyPublishers.noBody());
    return builder.method(request.method(), body).build();
  }

  /** Storage backends (S3, GCS) redirect blob reads to signed URLs that must not get our token. */
  private HttpResponse<InputStream> followRedirects(RegistryRequest request, HttpResponse<InputStream> first) {
    HttpResponse<InputStream> response = first;
    for (int hop = 0; hop < MAX_REDIRECTS && REDIRECTS.contains(response.statusCode()); hop++) {
      Optional<String> location = response.headers().firstValue("Location");
      ErrorBody.summarize(response.body());
      if (location.isEmpty()) {
        throw new MoatException(MoatException.Kind.NETWORK, "registry " + registry + " redirected "
            + request.subject() + " without a Location");
      }
      URI next = response.uri().resolve(location.get());
      if (next.getScheme().equals("http") && response.uri().getScheme().equals("https") && !options.insecure()) {
        throw new MoatException(MoatException.Kind.NETWORK, "registry " + registry + " redirected to plain HTTP " + next);
      }
      response = exchange(() -> HttpRequest.newBuilder(next).timeout(options.readTimeout())
          .method(request.method(), HttpRequest.BodyPublishers.noBody()).build(), request.method() + " " + next);
    }
    return response;
  }

  /** One HTTP exchange with retries on 429, 5xx and I/O failures; the last such answer fails. */
  HttpResponse<InputStream> exchange(Supplier<HttpRequest> requests, String description) {
    int attempts = Math.max(0, options.retries()) + 1;
    for (int attempt = 0; ; attempt++) {
      boolean last = attempt + 1 >= attempts;
      HttpResponse<InputStream> response;
      try {
        response = http.send(requests.get(), TimedBodyStream.handler(options.readTimeout()));
      } catch (IOException e) {
        if (!last) {
          Backoff.sleep(Backoff.delay(attempt, Optional.empty()));
          continue;
        }
        throw new MoatException(MoatException.Kind.NETWORK, "cannot reach registry " + registry + " (" + description
            + ") after " + plural(attempts) + ": " + reason(e), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new MoatException(MoatException.Kind.NETWORK, "interrupted talking to registry " + registry, e);
      }
      if (!HttpStatus.isRetryable(response.statusCode())) {
        return response;
      }
      if (!last) {
        var delay = Backoff.delay(attempt, Optional.of(response));
        ErrorBody.summarize(response.body());
        Backoff.sleep(delay);
        continue;
      }
      String summary = ErrorBody.summarize(response.body());
      throw new MoatException(MoatException.Kind.NETWORK, "registry " + registry + " answered "
          + HttpStatus.describe(response.statusCode()) + (summary.isEmpty() ? "" : " (" + summary + ")")
          + " to " + description + " after " + plural(attempts));
    }
  }

  private String scheme() {
    String chosen = scheme;
    if (chosen == null) {
      chosen = options.insecure() ? probeScheme() : "https";
      scheme = chosen;
    }
    return chosen;
  }

  /** Like skopeo with {@code --tls-verify=false}: HTTPS if the registry speaks it, else HTTP. */
  private String probeScheme() {
    HttpRequest ping = HttpRequest.newBuilder(URI.create("https://" + apiHost + "/v2/"))
        .timeout(options.readTimeout()).GET().build();
    try {
      http.send(ping, HttpResponse.BodyHandlers.discarding());
      return "https";
    } catch (IOException e) {
      return "http";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MoatException(MoatException.Kind.NETWORK, "interrupted talking to registry " + registry, e);
    }
  }

  private MoatException unauthorized(RegistryRequest request, int status, String summary) {
    return new MoatException(MoatException.Kind.UNAUTHORIZED, "registry " + registry + " refused credentials for "
        + request.subject() + ": " + HttpStatus.describe(status) + (summary.isEmpty() ? "" : " (" + summary + ")"));
  }

  private static String describe(RegistryRequest request, URI uri) {
    return request.method() + " " + uri.getRawPath();
  }

  private String reason(IOException e) {
    if (e instanceof HttpConnectTimeoutException) {
      return "no connection within " + options.connectTimeout().toMillis() + " ms";
    }
    if (e instanceof HttpTimeoutException) {
      return "no answer within " + options.readTimeout().toMillis() + " ms";
    }
    if (e instanceof java.net.ConnectException) {
      return "connection refused";
    }
    if (e instanceof java.net.UnknownHostException) {
      return "unknown host";
    }
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " " + message);
  }

  private static String plural(int attempts) {
    return attempts == 1 ? "1 attempt" : attempts + " attempts";
  }

  @Override
  public void close() {
    http.shutdownNow();
  }
}
