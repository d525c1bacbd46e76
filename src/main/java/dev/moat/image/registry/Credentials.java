package dev.moat.image.registry;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A registry user name and password, or an identity token: docker stores OAuth2 refresh tokens
 * with the user name {@code <token>} (docker/cli {@code tokenUsername}).
 */
record Credentials(String username, String password) {

  static final String IDENTITY_TOKEN_USER = "<token>";

  static Credentials identityToken(String token) {
    return new Credentials(IDENTITY_TOKEN_USER, token);
  }

  boolean isIdentityToken() {
    return username.equals(IDENTITY_TOKEN_USER);
  }

  String basicHeader() {
    return "Basic " + Base64.getEncoder()
        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "Credentials[" + username + ":***]";
  }
}
