package dev.moat.ecosystem.npm;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The real lock files of one project (see SOURCE.md) and what npm installs for it in production. */
final class LockFixtures {

  /** {@code npm ls --omit=dev --all} of the project: ms is its only dev dependency. */
  static final List<String> PRODUCTION = List.of(
      "@types/node@20.11.0", "axios@0.21.1", "follow-redirects@1.16.3", "handlebars@4.5.2",
      "minimist@0.0.10", "minimist@1.2.8", "neo-async@2.6.2", "optimist@0.6.1", "source-map@0.6.1",
      "uglify-js@3.19.3", "undici-types@5.26.5", "wordwrap@0.0.3");

  static final List<String> HANDLEBARS_DEPENDS_ON = List.of(
      "neo-async@2.6.2", "optimist@0.6.1", "source-map@0.6.1", "uglify-js@3.19.3");

  private LockFixtures() {}

  static InputStream open(String name) {
    InputStream in = LockFixtures.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing test resource " + name);
    }
    return in;
  }

  static byte[] bytes(String name) throws IOException {
    try (InputStream in = open(name)) {
      return in.readAllBytes();
    }
  }
}
