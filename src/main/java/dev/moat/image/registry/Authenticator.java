package dev.moat.image.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moat.MoatException;
import dev.moat.json.JsonTrees;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Answers a registry's {@code WWW-Authenticate} challenges: Basic with the stored credentials, or
 * Bearer by fetching a token from the realm (Docker "Token Authentication Specification": GET
 * {@code realm?service=S&scope=X}, basic credentials if any, reply {@code token} or
 * {@code access_token}). Tokens are cached per scope for the life of the client.
 */
final class Authenticator {

  private static final int MAX_TOKEN_RESPONSE = 1 << 20;

  private final String registry;
  private final Supplier<Optional<Credentials>> credentials;
  private final Map<String, String> bearerByScope = new ConcurrentHashMap<>();
  private volatile Optional<String> basic = Optional.empty();

  Authenticator(String registry, Supplier<Optional<Credentials>> credentials) {
    this.registry = registry;
    this.credentials = new Memo<>(credentials);
  }

  /** The Authorization header to send up front for a call needing {@code scope}, if one is known. */
  Optional<String> header(String scope) {
    return Optional.ofNullable(bearerByScope.get(scope)).or(() -> basic);
  }

  /**
   * Handles a 401: obtains what the challenge asks for and returns true if the call should be
   * retried with {@link #header}; false when there is nothing to answer with.
   *
   * @param exchange sends a token request (retries included)
   */
  boolean respond(List<String> challenges, RegistryRequest request,
      Function<Supplier<HttpRequest>, HttpResponse<InputStream>> exchange) {
    for (String text : challenges) {
      Optional<AuthChallenge> challenge = AuthChallenge.parse(text);
      if (challenge.isPresent() && challenge.get().isBearer()) {
        bearerByScope.put(request.scope(), "Bearer " + fetchToken(challenge.get(), request, exchange));
        return true;
      }
    }
    for (String text : challenges) {
      Optional<AuthChallenge> challenge = AuthChallenge.parse(text);
      if (challenge.isPresent() && challenge.get().isBasic() && credentials.get().isPresent()
          && !credentials.get().get().isIdentityToken()) {
        basic = Optional.of(credentials.get().get().basicHeader());
        return true;
      }
    }
    return false;
  }

  private String fetchToken(AuthChallenge challenge, RegistryRequest request,
      Function<Supplier<HttpRequest>, HttpResponse<InputStream>> exchange) {
    String realm = challenge.parameter("realm")
        .orElseThrow(() -> MoatException.invalid("registry " + registry + " sent a Bearer challenge without a realm"));
    StringBuilder query = new StringBuilder();
    challenge.parameter("service").ifPresent(s -> append(query, "service", s));
    String scopes = challenge.parameter("scope").filter(s -> !s.isBlank()).orElse(request.scope());
    for (String scope : scopes.split(" ")) {
      if (!scope.isBlank()) {
        append(query, "scope", scope);
      }
    }
    Optional<Credentials> creds = credentials.get();
    URI uri;
    HttpResponse<InputStream> response;
    if (creds.isPresent() && creds.get().isIdentityToken()) {
      // Docker "OAuth2 Token Authentication": trade the stored refresh token for an access token.
      uri = URI.create(realm);
      StringBuilder form = new StringBuilder("grant_type=refresh_token&client_id=moat");
      append(form, "refresh_token", creds.get().password());
      challenge.parameter("service").ifPresent(s -> append(form, "service", s));
      append(form, "scope", scopes.strip());
      response = exchange.apply(() -> HttpRequest.newBuilder(uri)
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build());
    } else {
      uri = URI.create(realm + (realm.contains("?") ? "&" : "?") + query);
      response = exchange.apply(() -> {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).GET();
        creds.ifPresent(c -> builder.header("Authorization", c.basicHeader()));
        return builder.build();
      });
    }
    int status = response.statusCode();
    if (status == 401 || status == 403) {
      ErrorBody.summarize(response.body());
      throw new MoatException(MoatException.Kind.UNAUTHORIZED, "registry " + registry + " refused credentials for "
          + request.subject() + ": " + HttpStatus.describe(status));
    }
    if (status != 200) {
      String summary = ErrorBody.summarize(response.body());
      throw new MoatException(MoatException.Kind.NETWORK, "token server " + uri.getHost() + " for registry " + registry
          + " answered " + HttpStatus.describe(status) + (summary.isEmpty() ? "" : " (" + summary + ")"));
    }
    try (InputStream body = response.body()) {
      JsonNode json = JsonTrees.parse(body.readNBytes(MAX_TOKEN_RESPONSE));
      String token = json.path("token").asText("");
      if (token.isEmpty()) {
        token = json.path("access_token").asText("");
      }
      if (token.isEmpty()) {
        throw MoatException.invalid("token server for registry " + registry + " returned no token");
      }
      return token;
    } catch (IOException e) {
      throw new MoatException(MoatException.Kind.NETWORK,
          "cannot read token for registry " + registry + ": " + e.getMessage(), e);
    }
  }

  private static void append(StringBuilder query, String name, String value) {
    if (!query.isEmpty()) {
      query.append('&');
    }
    query.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
  }

  /** Looks credentials up once, on first need: helpers may be slow or prompt a keychain. */
  private static final class Memo<T> implements Supplier<T> {
    private final Supplier<T> delegate;
    private volatile T value;

    Memo(Supplier<T> delegate) {
      this.delegate = delegate;
    }

    @Override
    public synchronized T get() {
      if (value == null) {
        value = delegate.get();
      }
      return value;
    }
  }
}
