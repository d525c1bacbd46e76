package dev.moat.image.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.MoatException;
import dev.moat.image.ImageOptions;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Basic auth over verified TLS and Docker token auth, each against a real Distribution registry. */
class AuthenticatorTest {

  @RegisterExtension
  static final RegistryServer BASIC = RegistryServer.tlsBasicAuth();

  @RegisterExtension
  static final RegistryServer TOKEN = RegistryServer.tokenAuth();

  @Test
  void basicAuthOverTlsWithExtraCaPushesAndPulls() throws Exception {
    try (RegistryClient client = RegistryClient.open(BASIC.host(), BASIC.options(), Map.of())) {
      TinyImage image = TinyImage.push(client, "secure/app", "1.0", "linux", "amd64", "tls");

      RegistryManifest manifest = client.pullManifest("secure/app", "1.0");

      assertThat(manifest.digest()).isEqualTo(image.manifestDigest())
          .isEqualTo(BASIC.dockerContentDigest("secure/app", "1.0"));
    }
  }

  @Test
  void wrongPasswordIsUnauthorizedNamingRegistryAndRepository() {
    ImageOptions wrong = withCredentials(BASIC.options(), "wrong");
    try (RegistryClient client = RegistryClient.open(BASIC.host(), wrong, Map.of())) {
      assertThatThrownBy(() -> client.pullManifest("secure/app", "1.0"))
          .isInstanceOfSatisfying(MoatException.class,
              e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.UNAUTHORIZED))
          .hasMessageStartingWith("registry " + BASIC.host() + " refused credentials for secure/app: 401 Unauthorized");
    }
  }

  @Test
  void noCredentialsAgainstBasicAuthIsUnauthorized() {
    ImageOptions anonymous = new ImageOptions(BASIC.options().platform(), false, BASIC.options().caCertificate(),
        Optional.empty(), Optional.empty(), Optional.empty(), BASIC.options().connectTimeout(),
        BASIC.options().readTimeout(), 0, BASIC.options().limits());
    try (RegistryClient client = RegistryClient.open(BASIC.host(), anonymous, Map.of())) {
      assertThatThrownBy(() -> client.listRepositories())
          .isInstanceOfSatisfying(MoatException.class,
              e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.UNAUTHORIZED))
          .hasMessageContaining("refused credentials for catalog");
    }
  }

  @Test
  void selfSignedCertificateWithoutCaIsRefused() {
    ImageOptions noCa = new ImageOptions(BASIC.options().platform(), false, Optional.empty(),
        BASIC.options().username(), BASIC.options().password(), Optional.empty(), BASIC.options().connectTimeout(),
        BASIC.options().readTimeout(), 0, BASIC.options().limits());
    try (RegistryClient client = RegistryClient.open(BASIC.host(), noCa, Map.of())) {
      assertThatThrownBy(() -> client.listRepositories())
          .isInstanceOfSatisfying(MoatException.class, e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.NETWORK))
          .hasMessageContaining("SSLHandshakeException");
    }
  }

  @Test
  void insecureAcceptsTheSelfSignedCertificate() {
    ImageOptions insecure = new ImageOptions(BASIC.options().platform(), true, Optional.empty(),
        BASIC.options().username(), BASIC.options().password(), Optional.empty(), BASIC.options().connectTimeout(),
        BASIC.options().readTimeout(), 0, BASIC.options().limits());
    try (RegistryClient client = RegistryClient.open(BASIC.host(), insecure, Map.of())) {
      TinyImage.push(client, "insecure/app", "x", "linux", "amd64", "insecure");

      assertThat(client.listTags("insecure/app")).containsExactly("x");
    }
  }

  @Test
  void tokenAuthFetchesOneTokenPerScopeAndCachesIt() {
    TokenServer tokens = TOKEN.tokenServer().orElseThrow();
    TinyImage image;
    try (RegistryClient pusher = RegistryClient.open(TOKEN.host(), TOKEN.options(), Map.of())) {
      image = TinyImage.push(pusher, "tok/app", "1.0", "linux", "amd64", "token");
    }
    int afterPush = tokens.issuedTokens();
    try (RegistryClient client = RegistryClient.open(TOKEN.host(), TOKEN.options(), Map.of())) {
      client.pullManifest("tok/app", "1.0");
      client.pullManifest("tok/app", image.manifestDigest());
      client.listTags("tok/app");
      client.pullBlobBytes("tok/app", image.configDigest(), -1, 1 << 20);
    }

    // Distribution lists the actions of a challenge in Go map order, so "pull,push" or "push,pull".
    assertThat(tokens.requestedScopes()).contains("repository:tok/app:pull")
        .containsAnyOf("repository:tok/app:pull,push", "repository:tok/app:push,pull");
    assertThat(tokens.issuedTokens()).isEqualTo(afterPush + 1);
  }

  @Test
  void tokenAuthForCatalogAsksForRegistryScope() {
    try (RegistryClient client = RegistryClient.open(TOKEN.host(), TOKEN.options(), Map.of())) {
      TinyImage.push(client, "tok/listed", "1", "linux", "amd64", "listed");

      assertThat(client.listRepositories()).contains("tok/listed");
      assertThat(TOKEN.tokenServer().orElseThrow().requestedScopes()).contains("registry:catalog:*");
    }
  }

  @Test
  void tokenServerRefusingCredentialsIsUnauthorized() {
    try (RegistryClient client = RegistryClient.open(TOKEN.host(), withCredentials(TOKEN.options(), "bad"), Map.of())) {
      assertThatThrownBy(() -> client.listTags("tok/app"))
          .isInstanceOfSatisfying(MoatException.class,
              e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.UNAUTHORIZED))
          .hasMessage("registry " + TOKEN.host() + " refused credentials for tok/app: 401 Unauthorized");
    }
  }

  @Test
  void identityTokenFromDockerConfigIsTradedForAnAccessToken(@TempDir Path home) throws Exception {
    Files.createDirectories(home.resolve(".docker"));
    Files.writeString(home.resolve(".docker/config.json"), "{\"auths\":{\"" + TOKEN.host()
        + "\":{\"auth\":\"\",\"identitytoken\":\"" + TokenServer.REFRESH_TOKEN + "\"}}}");
    ImageOptions fromConfig = new ImageOptions(TOKEN.options().platform(), true, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), TOKEN.options().connectTimeout(), TOKEN.options().readTimeout(), 0,
        TOKEN.options().limits());
    try (RegistryClient client = RegistryClient.open(TOKEN.host(), fromConfig, Map.of("HOME", home.toString()))) {
      TinyImage image = TinyImage.push(client, "tok/oauth", "1", "linux", "amd64", "oauth");

      assertThat(client.pullManifest("tok/oauth", "1").digest()).isEqualTo(image.manifestDigest());
    }
  }

  private static ImageOptions withCredentials(ImageOptions o, String password) {
    return new ImageOptions(o.platform(), o.insecure(), o.caCertificate(), o.username(), Optional.of(password),
        o.authFile(), o.connectTimeout(), o.readTimeout(), 0, o.limits());
  }
}
