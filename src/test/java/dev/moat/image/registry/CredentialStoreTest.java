package dev.moat.image.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.MoatException;
import dev.moat.image.ImageOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialStoreTest {

  @TempDir
  Path dir;

  @Test
  void explicitUserAndPasswordWin() throws Exception {
    write(dir.resolve(".docker/config.json"), auths("reg.example:5000", "file", "filepass"));
    ImageOptions options = new ImageOptions(ImageOptions.DEFAULT.platform(), false, Optional.empty(),
        Optional.of("cli"), Optional.of("clipass"), Optional.empty(), ImageOptions.DEFAULT.connectTimeout(),
        ImageOptions.DEFAULT.readTimeout(), 0, ImageOptions.DEFAULT.limits());

    assertThat(new CredentialStore(options, Map.of("HOME", dir.toString())).lookup("reg.example:5000"))
        .contains(new Credentials("cli", "clipass"));
  }

  @Test
  void readsBase64AuthFromHomeDockerConfig() throws Exception {
    write(dir.resolve(".docker/config.json"), auths("reg.example:5000", "alice", "pa:ss"));

    assertThat(store(Map.of("HOME", dir.toString())).lookup("reg.example:5000"))
        .contains(new Credentials("alice", "pa:ss"));
    assertThat(store(Map.of("HOME", dir.toString())).lookup("other.example")).isEmpty();
  }

  @Test
  void identityTokenEntryBecomesTokenCredentials() throws Exception {
    write(dir.resolve(".docker/config.json"), "{\"auths\":{\"acr.example\":{\"auth\":\"\",\"identitytoken\":\"rt\"}}}");

    assertThat(store(Map.of("HOME", dir.toString())).lookup("acr.example"))
        .hasValueSatisfying(c -> assertThat(c.isIdentityToken()).isTrue())
        .contains(new Credentials("<token>", "rt"));
  }

  @Test
  void dockerConfigEnvironmentPointsToTheDirectory() throws Exception {
    write(dir.resolve("cfg/config.json"), "{\"auths\":{\"https://reg.example/v2/\":{\"username\":\"bob\",\"password\":\"pw\"}}}");

    assertThat(store(Map.of("DOCKER_CONFIG", dir.resolve("cfg").toString(), "HOME", "/nonexistent"))
        .lookup("reg.example")).contains(new Credentials("bob", "pw"));
  }

  @Test
  void dockerHubCredentialsAreStoredUnderTheIndexUrl() throws Exception {
    write(dir.resolve(".docker/config.json"), auths("https://index.docker.io/v1/", "hubuser", "hubpass"));

    assertThat(store(Map.of("HOME", dir.toString())).lookup("docker.io"))
        .contains(new Credentials("hubuser", "hubpass"));
  }

  @Test
  void authFileFromEnvironmentIsTheOnlySource() throws Exception {
    write(dir.resolve(".docker/config.json"), auths("reg.example", "home", "x"));
    Path authFile = dir.resolve("auth.json");
    write(authFile, auths("reg.example", "fromfile", "y"));

    assertThat(store(Map.of("HOME", dir.toString(), "REGISTRY_AUTH_FILE", authFile.toString())).lookup("reg.example"))
        .contains(new Credentials("fromfile", "y"));
  }

  @Test
  void missingExplicitAuthFileIsAnError() {
    assertThatThrownBy(() -> store(Map.of("REGISTRY_AUTH_FILE", dir.resolve("none.json").toString()))
        .lookup("reg.example"))
        .isInstanceOfSatisfying(MoatException.class, e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.NOT_FOUND));
  }

  @Test
  void containersAuthJsonIsReadWhenDockerConfigHasNothing() throws Exception {
    write(dir.resolve("run/containers/auth.json"), auths("quay.example", "podman", "pp"));

    assertThat(store(Map.of("HOME", dir.toString(), "XDG_RUNTIME_DIR", dir.resolve("run").toString()))
        .lookup("quay.example")).contains(new Credentials("podman", "pp"));
  }

  @Test
  void credHelperForTheRegistryIsRunWithTheServerOnStdin() throws Exception {
    Path bin = helper("moattest", "reg.example:5000", "helperuser", "helpersecret");
    write(dir.resolve(".docker/config.json"), "{\"auths\":{\"reg.example:5000\":{\"auth\":\""
        + Base64.getEncoder().encodeToString("inline:ignored".getBytes(StandardCharsets.UTF_8))
        + "\"}},\"credHelpers\":{\"reg.example:5000\":\"moattest\"}}");

    assertThat(store(Map.of("HOME", dir.toString(), "PATH", bin.toString())).lookup("reg.example:5000"))
        .contains(new Credentials("helperuser", "helpersecret"));
  }

  @Test
  void credsStoreIsAskedWhenNoEntryMatches() throws Exception {
    Path bin = helper("store", "https://index.docker.io/v1/", "hub", "token123");
    write(dir.resolve(".docker/config.json"), "{\"credsStore\":\"store\"}");
    Map<String, String> env = Map.of("HOME", dir.toString(), "PATH", bin.toString());

    assertThat(store(env).lookup("docker.io")).contains(new Credentials("hub", "token123"));
    assertThat(store(env).lookup("unknown.example")).isEmpty();
  }

  @Test
  void configuredHelperMissingFromPathIsAnError() throws Exception {
    write(dir.resolve(".docker/config.json"), "{\"credsStore\":\"absent\"}");

    assertThatThrownBy(() -> store(Map.of("HOME", dir.toString(), "PATH", dir.toString())).lookup("reg.example"))
        .hasMessage("credential helper docker-credential-absent is configured but not on PATH");
  }

  @Test
  void keysAreComparedByHost() {
    assertThat(CredentialStore.hostOf("https://index.docker.io/v1/")).isEqualTo("index.docker.io");
    assertThat(CredentialStore.hostOf("reg.example:5000")).isEqualTo("reg.example:5000");
    assertThat(CredentialStore.hostOf("http://reg.example:5000/v2")).isEqualTo("reg.example:5000");
  }

  /** A docker-credential-NAME script answering for one server, as the helper protocol does. */
  private Path helper(String name, String server, String user, String secret) throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path script = bin.resolve("docker-credential-" + name);
    Files.writeString(script, "#!/bin/sh\n"
        + "[ \"$1\" = get ] || exit 2\n"
        + "read -r server\n"
        + "if [ \"$server\" = '" + server + "' ]; then\n"
        + "  printf '{\"ServerURL\":\"%s\",\"Username\":\"" + user + "\",\"Secret\":\"" + secret + "\"}' \"$server\"\n"
        + "else\n"
        + "  echo 'credentials not found in native keychain'; exit 1\n"
        + "fi\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return bin;
  }

  private static CredentialStore store(Map<String, String> env) {
    return new CredentialStore(ImageOptions.DEFAULT, env);
  }

  private static String auths(String key, String user, String password) {
    String auth = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return "{\"auths\":{\"" + key + "\":{\"auth\":\"" + auth + "\"}}}";
  }

  private static void write(Path file, String content) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
