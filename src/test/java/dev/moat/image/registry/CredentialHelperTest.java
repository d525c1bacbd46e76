package dev.moat.image.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialHelperTest {

  @TempDir
  Path bin;

  @Test
  void passesOnlyTheGivenEnvironmentAndReadsTheAnswer() throws Exception {
    script("env", "read -r server\nprintf '{\"Username\":\"%s\",\"Secret\":\"%s\"}' \"$server\" \"$MOAT_SECRET\"\n");

    assertThat(new CredentialHelper("env", Map.of("PATH", bin.toString(), "MOAT_SECRET", "s3")).get("reg:5000"))
        .contains(new Credentials("reg:5000", "s3"));
  }

  @Test
  void nonZeroExitMeansNoCredentials() throws Exception {
    script("none", "echo 'credentials not found in native keychain'\nexit 1\n");

    assertThat(new CredentialHelper("none", Map.of("PATH", bin.toString())).get("reg")).isEmpty();
  }

  private void script(String name, String body) throws Exception {
    Path file = bin.resolve("docker-credential-" + name);
    Files.writeString(file, "#!/bin/sh\n" + body);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
