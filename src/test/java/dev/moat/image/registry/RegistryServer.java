package dev.moat.image.registry;

import dev.moat.image.ImageLimits;
import dev.moat.image.ImageOptions;
import dev.moat.image.Platform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real CNCF Distribution registry ({@code /usr/bin/docker-registry}, Debian package
 * docker-registry) on 127.0.0.1 and a free port, storage in a temporary directory, for one test
 * class: {@code @RegisterExtension static RegistryServer registry = RegistryServer.plain();}.
 * Variants: plain HTTP, TLS with htpasswd basic auth (self-signed certificate from openssl, bcrypt
 * password file from {@code htpasswd -B}, Debian package apache2-utils), and Docker token auth
 * with a {@link TokenServer}. Configuration facts follow src/test/fixtures/start-registry.sh.
 */
public final class RegistryServer implements BeforeAllCallback, AfterAllCallback {

  /** How clients must authenticate. */
  public enum Mode { PLAIN, TLS_BASIC, TOKEN }

  public static final String USER = "moat";
  public static final String PASSWORD = "s3cret-pass";
  private static final String REGISTRY_BINARY = "/usr/bin/docker-registry";

  private final Mode mode;
  private Path dir;
  private int port;
  private Process process;
  private TokenServer tokenServer;

  private RegistryServer(Mode mode) {
    this.mode = mode;
  }

  public static RegistryServer plain() {
    return new RegistryServer(Mode.PLAIN);
  }

  public static RegistryServer tlsBasicAuth() {
    return new RegistryServer(Mode.TLS_BASIC);
  }

  public static RegistryServer tokenAuth() {
    return new RegistryServer(Mode.TOKEN);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  public void start() throws IOException, InterruptedException {
    dir = Files.createTempDirectory("moat-registry-");
    port = freePort();
    StringBuilder config = new StringBuilder();
    config.append("version: 0.1\nlog:\n  level: warn\n  formatter: text\n")
        .append("storage:\n  filesystem:\n    rootdirectory: ").append(dir.resolve("storage")).append('\n')
        .append("  delete:\n    enabled: true\n")
        .append("http:\n  addr: 127.0.0.1:").append(port).append('\n')
        .append("  secret: ").append(HexFormat.of().formatHex(randomBytes(16))).append('\n');
    if (mode == Mode.TLS_BASIC) {
      Path tls = Files.createDirectories(dir.resolve("tls"));
      run(List.of("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
          "-days", "2", "-keyout", tls.resolve("key.pem").toString(), "-out", tls.resolve("cert.pem").toString(),
          "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"));
      Files.copy(tls.resolve("cert.pem"), tls.resolve("ca.crt"));
      // Distribution accepts only bcrypt entries in htpasswd files.
      String entry = run(List.of("htpasswd", "-Bbn", USER, PASSWORD)).strip();
      Files.writeString(dir.resolve("htpasswd"), entry + "\n");
      config.append("  tls:\n    certificate: ").append(tls.resolve("cert.pem"))
          .append("\n    key: ").append(tls.resolve("key.pem")).append('\n')
          .append("auth:\n  htpasswd:\n    realm: moat-test\n    path: ").append(dir.resolve("htpasswd")).append('\n');
    }
    if (mode == Mode.TOKEN) {
      Path token = Files.createDirectories(dir.resolve("token"));
      run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
          "-keyout", token.resolve("key.pem").toString(), "-out", token.resolve("cert.pem").toString(),
          "-subj", "/CN=moat-token-issuer"));
      tokenServer = TokenServer.start(token.resolve("key.pem"), token.resolve("cert.pem"), USER, PASSWORD);
      config.append("auth:\n  token:\n    realm: ").append(tokenServer.realm())
          .append("\n    service: ").append(TokenServer.SERVICE)
          .append("\n    issuer: ").append(TokenServer.ISSUER)
          .append("\n    rootcertbundle: ").append(token.resolve("cert.pem")).append('\n');
    }
    Path configFile = dir.resolve("config.yml");
    Files.writeString(configFile, config.toString());
    process = new ProcessBuilder(REGISTRY_BINARY, "serve", configFile.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("registry.log").toFile()).start();
    waitUntilListening();
  }

  public void stop() {
    if (process != null) {
      process.destroy();
      try {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (tokenServer != null) {
      tokenServer.stop();
    }
    deleteRecursively(dir);
  }

  /** {@code 127.0.0.1:PORT}, the registry part of references. */
  public String host() {
    return "127.0.0.1:" + port;
  }

  public String url() {
    return (mode == Mode.TLS_BASIC ? "https://" : "http://") + host();
  }

  public Mode mode() {
    return mode;
  }

  public Path caCertificate() {
    return dir.resolve("tls").resolve("ca.crt");
  }

  public Optional<TokenServer> tokenServer() {
    return Optional.ofNullable(tokenServer);
  }

  /** Options that reach this registry with the right credentials. */
  public ImageOptions options() {
    Optional<String> user = mode == Mode.PLAIN ? Optional.empty() : Optional.of(USER);
    Optional<String> password = mode == Mode.PLAIN ? Optional.empty() : Optional.of(PASSWORD);
    return new ImageOptions(Platform.LINUX_AMD64, mode != Mode.TLS_BASIC,
        mode == Mode.TLS_BASIC ? Optional.of(caCertificate()) : Optional.empty(), user, password, Optional.empty(),
        Duration.ofSeconds(5), Duration.ofSeconds(30), 2, ImageLimits.DEFAULT);
  }

  /** {@code skopeo copy SOURCE docker://HOST/DEST} with this registry's TLS and credentials. */
  public void skopeoCopy(String source, String destination, String... extra) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("skopeo", "copy", "--quiet"));
    command.addAll(List.of(extra));
    if (mode == Mode.TLS_BASIC) {
      command.addAll(List.of("--dest-cert-dir", dir.resolve("tls").toString()));
    } else {
      command.add("--dest-tls-verify=false");
    }
    if (mode != Mode.PLAIN) {
      command.addAll(List.of("--dest-creds", USER + ":" + PASSWORD));
    }
    command.addAll(List.of(source, "docker://" + host() + "/" + destination));
    run(command);
  }

  /**
   * The registry's own {@code Docker-Content-Digest} for a manifest, read with curl (a HEAD request
   * independent of Moat's client), for comparison with what Moat reports.
   */
  public String dockerContentDigest(String repository, String reference) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("curl", "-sS", "-I", "--max-time", "20",
        "-H", "Accept: " + String.join(", ", ManifestPuller.ACCEPTED)));
    if (mode == Mode.TLS_BASIC) {
      command.addAll(List.of("--cacert", caCertificate().toString(), "-u", USER + ":" + PASSWORD));
    }
    if (mode == Mode.TOKEN) {
      throw new IllegalStateException("raw HEAD is not available in token mode");
    }
    command.add(url() + "/v2/" + repository + "/manifests/" + reference);
    for (String line : run(command).split("\\r?\\n")) {
      if (line.toLowerCase(java.util.Locale.ROOT).startsWith("docker-content-digest:")) {
        return line.substring(line.indexOf(':') + 1).strip();
      }
    }
    throw new IOException("no Docker-Content-Digest for " + repository + ":" + reference);
  }

  static String run(List<String> command) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new IOException(command.getFirst() + " is not installed (htpasswd: apt-get install apache2-utils;"
          + " skopeo, openssl, curl, docker-registry: apt-get install of the same name)", e);
    }
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + output);
    }
    return output;
  }

  private void waitUntilListening() throws IOException, InterruptedException {
    for (int i = 0; i < 200; i++) {
      if (!process.isAlive()) {
        throw new IOException("docker-registry exited: " + Files.readString(dir.resolve("registry.log")));
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    throw new IOException("docker-registry did not listen on " + host());
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    ThreadLocalRandom.current().nextBytes(bytes);
    return bytes;
  }

  static void deleteRecursively(Path root) {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
