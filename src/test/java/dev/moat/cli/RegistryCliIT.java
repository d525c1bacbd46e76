package dev.moat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moat.image.registry.RegistryServer;
import dev.moat.scan.Fixtures;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI against the real Distribution registry over TLS with basic auth, as a CI job reaches a
 * private registry: the image pushed with skopeo reads back with the registry's own digests, and
 * scans like the same image from an archive.
 */
class RegistryCliIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension static final RegistryServer REGISTRY = RegistryServer.tlsBasicAuth();
  @TempDir Path work;

  private String[] auth(String... args) {
    String[] all = new String[args.length + 6];
    System.arraycopy(args, 0, all, 0, args.length - 1);
    int i = args.length - 1;
    all[i++] = "--ca-cert";
    all[i++] = REGISTRY.caCertificate().toString();
    all[i++] = "--username";
    all[i++] = RegistryServer.USER;
    all[i++] = "--password";
    all[i++] = RegistryServer.PASSWORD;
    all[i] = args[args.length - 1];
    return all;
  }

  @Test
  void imagePushedWithSkopeoInspectsAndScansLikeItsArchive() throws Exception {
    REGISTRY.skopeoCopy("oci:" + Fixtures.file("oci") + ":app", "team/app:1.0");
    Map<String, String> env = Map.of("MOAT_CACHE_DIR", work.resolve("cache").toString());
    String ref = "docker://" + REGISTRY.host() + "/team/app:1.0";

    MoatProcess.Result remote = MoatProcess.run(env, auth("image", "inspect", "--format", "json", ref));
    assertThat(remote.exitCode()).as(remote.stderr()).isZero();
    JsonNode r = JSON.readTree(remote.stdout());
    assertThat(r.path("manifestDigest").asText()).isEqualTo(REGISTRY.dockerContentDigest("team/app", "1.0"));
    JsonNode local = JSON.readTree(MoatProcess.run(env, "image", "inspect", "--format", "json",
        "oci-archive:" + Fixtures.file("app.oci.tar")).stdout());
    assertThat(r.path("configDigest")).isEqualTo(local.path("configDigest"));
    assertThat(r.path("diffIds")).isEqualTo(local.path("diffIds"));

    MoatProcess.Result sbom = MoatProcess.run(env, auth("sbom", "--format", "json", ref));
    assertThat(sbom.exitCode()).as(sbom.stderr()).isZero();
    assertThat(JSON.readTree(sbom.stdout()).path("packages").size()).isGreaterThan(100);

    MoatProcess.Result wrongPassword = MoatProcess.run(env, "image", "inspect", "--ca-cert",
        REGISTRY.caCertificate().toString(), "--username", RegistryServer.USER, "--password", "wrong", ref);
    assertThat(wrongPassword.exitCode()).isEqualTo(3);
    assertThat(wrongPassword.stderr().strip().lines()).singleElement().asString()
        .contains(REGISTRY.host()).doesNotContain("Exception");

    MoatProcess.Result untrusted = MoatProcess.run(env, "image", "inspect", ref);
    assertThat(untrusted.exitCode()).isNotZero();
    assertThat(untrusted.stderr().strip().lines()).singleElement().asString().startsWith("moat: error: ");

    MoatProcess.Result missing = MoatProcess.run(env, auth("image", "inspect",
        "docker://" + REGISTRY.host() + "/team/app:nope"));
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.stderr()).contains("team/app:nope");
  }
}
