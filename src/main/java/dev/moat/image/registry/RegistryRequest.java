package dev.moat.image.registry;

import java.net.http.HttpRequest;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One registry API call as an endpoint class describes it.
 *
 * @param method HTTP method
 * @param target a path under the registry ({@code /v2/app/manifests/1.0}) or an absolute URL
 *     (an upload {@code Location})
 * @param scope the token scope the call needs ({@code repository:app:pull})
 * @param subject what errors name ({@code app}, {@code catalog})
 * @param headers extra request headers
 * @param body a fresh body for each attempt, if the call sends one
 */
record RegistryRequest(
    String method,
    String target,
    String scope,
    String subject,
    Map<String, String> headers,
    Optional<Supplier<HttpRequest.BodyPublisher>> body) {

  RegistryRequest {
    headers = Map.copyOf(headers);
  }

  static RegistryRequest get(String target, String scope, String subject, Map<String, String> headers) {
    return new RegistryRequest("GET", target, scope, subject, headers, Optional.empty());
  }

  static String pullScope(String repository) {
    return "repository:" + repository + ":pull";
  }

  static String pushScope(String repository) {
    return "repository:" + repository + ":pull,push";
  }
}
