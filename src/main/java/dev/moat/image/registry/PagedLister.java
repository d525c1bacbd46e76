package dev.moat.image.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moat.MoatException;
import dev.moat.json.JsonTrees;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Follows {@code Link: rel="next"} pages of a list endpoint and collects one JSON array field. */
final class PagedLister {

  private static final long MAX_PAGE_BYTES = 16L << 20;
  private static final int MAX_PAGES = 100_000;

  private PagedLister() {}

  static List<String> list(RegistryTransport transport, String firstTarget, String field, String scope,
      String subject, String action) {
    List<String> names = new ArrayList<>();
    Optional<String> target = Optional.of(firstTarget);
    for (int page = 0; target.isPresent(); page++) {
      if (page >= MAX_PAGES) {
        throw MoatException.limit(action + " has more than " + MAX_PAGES + " pages");
      }
      HttpResponse<InputStream> response = transport.send(RegistryRequest.get(target.get(), scope, subject,
          Map.of("Accept", "application/json")));
      if (response.statusCode() != 200) {
        throw Responses.unexpected(response, transport.registry(), action);
      }
      target = LinkHeader.next(response.headers());
      byte[] bytes = Responses.readBounded(response, MAX_PAGE_BYTES, action + " page");
      try {
        JsonNode values = JsonTrees.parse(bytes).path(field);
        for (JsonNode value : values) {
          names.add(value.asText());
        }
      } catch (IOException e) {
        throw MoatException.invalid(action + ": registry " + transport.registry() + " sent invalid JSON", e);
      }
    }
    return List.copyOf(names);
  }
}
