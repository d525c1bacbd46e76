package dev.moat.image.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny Docker token server (Docker "Token Authentication Specification"): checks basic
 * credentials and issues RS256 JWTs granting the requested scopes, with the signing certificate
 * in {@code x5c} so Distribution verifies it against its {@code rootcertbundle}.
 */
public final class TokenServer {

  static final String SERVICE = "moat-test-registry";
  static final String ISSUER = "moat-test-issuer";
  /** The OAuth2 refresh token ("identity token") this server accepts instead of a password. */
  public static final String REFRESH_TOKEN = "moat-identity-token";

  private final HttpServer server;
  private final PrivateKey key;
  private final X509Certificate certificate;
  private final String user;
  private final String password;
  private final AtomicInteger issued = new AtomicInteger();
  private final List<String> requestedScopes = new ArrayList<>();

  private TokenServer(HttpServer server, PrivateKey key, X509Certificate certificate, String user, String password) {
    this.server = server;
    this.key = key;
    this.certificate = certificate;
    this.user = user;
    this.password = password;
  }

  static TokenServer start(Path keyPem, Path certPem, String user, String password) throws IOException {
    try {
      String pem = Files.readString(keyPem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
      PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
      X509Certificate certificate;
      try (InputStream in = Files.newInputStream(certPem)) {
        certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
      }
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      TokenServer tokens = new TokenServer(server, key, certificate, user, password);
      server.createContext("/token", tokens::handle);
      server.start();
      return tokens;
    } catch (java.security.GeneralSecurityException e) {
      throw new IOException(e);
    }
  }

  String realm() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/token";
  }

  /** How many tokens were issued so far. */
  public int issuedTokens() {
    return issued.get();
  }

  public synchronized List<String> requestedScopes() {
    return List.copyOf(requestedScopes);
  }

  void stop() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    boolean oauth = exchange.getRequestMethod().equals("POST");
    Map<String, List<String>> params = parameters(oauth
        ? new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)
        : exchange.getRequestURI().getRawQuery());
    String expected = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    boolean authorized = oauth
        ? params.getOrDefault("grant_type", List.of()).equals(List.of("refresh_token"))
            && params.getOrDefault("refresh_token", List.of()).equals(List.of(REFRESH_TOKEN))
        : expected.equals(exchange.getRequestHeaders().getFirst("Authorization"));
    if (!authorized) {
      byte[] body = "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"bad credentials\"}]}".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(401, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
      return;
    }
    List<Map<String, Object>> access = new ArrayList<>();
    for (String scopes : params.getOrDefault("scope", List.of())) {
      // GET sends one scope parameter per scope, the OAuth2 POST one space-separated list.
      for (String scope : scopes.split(" ")) {
        synchronized (this) {
          requestedScopes.add(scope);
        }
        int first = scope.indexOf(':');
        int last = scope.lastIndexOf(':');
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("type", scope.substring(0, first));
        entry.put("name", scope.substring(first + 1, last));
        entry.put("actions", List.of(scope.substring(last + 1).split(",")));
        access.add(entry);
      }
    }
    try {
      String token = jwt(access);
      issued.incrementAndGet();
      byte[] body = new ObjectMapper().writeValueAsBytes(oauth
          ? Map.of("access_token", token, "expires_in", 300)
          : Map.of("token", token, "expires_in", 300));
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    } catch (java.security.GeneralSecurityException e) {
      exchange.sendResponseHeaders(500, -1);
    }
    exchange.close();
  }

  private static Map<String, List<String>> parameters(String encoded) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (String pair : encoded == null || encoded.isEmpty() ? new String[0] : encoded.split("&")) {
      String[] kv = pair.split("=", 2);
      params.computeIfAbsent(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), k -> new ArrayList<>())
          .add(kv.length == 2 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
    }
    return params;
  }

  private String jwt(List<Map<String, Object>> access) throws java.security.GeneralSecurityException, IOException {
    ObjectMapper json = new ObjectMapper();
    Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("typ", "JWT");
    header.put("alg", "RS256");
    header.put("x5c", List.of(Base64.getEncoder().encodeToString(certificate.getEncoded())));
    long now = System.currentTimeMillis() / 1000;
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("iss", ISSUER);
    claims.put("sub", user);
    claims.put("aud", SERVICE);
    claims.put("exp", now + 300);
    claims.put("nbf", now - 10);
    claims.put("iat", now);
    claims.put("jti", UUID.randomUUID().toString());
    claims.put("access", access);
    String signingInput = url.encodeToString(json.writeValueAsBytes(header)) + "."
        + url.encodeToString(json.writeValueAsBytes(claims));
    Signature signature = Signature.getInstance("SHA256withRSA");
    signature.initSign(key);
    signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
    return signingInput + "." + url.encodeToString(signature.sign());
  }
}
