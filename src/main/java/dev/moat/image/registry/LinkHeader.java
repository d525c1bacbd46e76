package dev.moat.image.registry;

import java.net.http.HttpHeaders;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code rel="next"} target of an RFC 8288 {@code Link} header, as registries paginate with. */
final class LinkHeader {

  private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^,;]+)*)");
  private static final Pattern NEXT = Pattern.compile(";\\s*rel\\s*=\\s*\"?([^\";]*)\"?");

  private LinkHeader() {}

  static Optional<String> next(HttpHeaders headers) {
    for (String value : headers.allValues("Link")) {
      Optional<String> next = next(value);
      if (next.isPresent()) {
        return next;
      }
    }
    return Optional.empty();
  }

  static Optional<String> next(String value) {
    Matcher link = LINK.matcher(value);
    while (link.find()) {
      Matcher rel = NEXT.matcher(link.group(2));
      while (rel.find()) {
        for (String relation : rel.group(1).strip().split("\\s+")) {
          if (relation.equalsIgnoreCase("next")) {
            return Optional.of(link.group(1));
          }
        }
      }
    }
    return Optional.empty();
  }
}
