package dev.moat.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.sbom.OperatingSystem;
import dev.moat.sbom.Package;
import dev.moat.secret.SecretFinding;
import dev.moat.secret.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LayerAnalysisCodecTest {

  private static byte[] encode(LayerAnalysis a) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LayerAnalysisCodec.write(a, new DataOutputStream(bytes));
    return bytes.toByteArray();
  }

  private static LayerAnalysis decode(byte[] bytes) throws IOException {
    return LayerAnalysisCodec.read(new DataInputStream(new ByteArrayInputStream(bytes)));
  }

  @Test
  void everyFieldSurvivesTheRoundTrip() throws IOException {
    Package deb = Package.of("deb", "libc6", "2.36-9+deb12u4", "/var/lib/dpkg/status").withSource("glibc", "2.36-9")
        .withArch("amd64").withLicenses(List.of("LGPL-2.1", "GPL-2")).withProperties(Map.of("k", "välue"))
        .withDependsOn(List.of("libgcc-s1@12.2.0"));
    LayerAnalysis a = new LayerAnalysis(TestImages.diffId(3), Map.of(
        "/var/lib/dpkg/status", FileFindings.packages(List.of(deb)),
        "/etc/os-release", FileFindings.os(new OperatingSystem("debian", "12", Optional.of("bookworm"), Optional.empty(),
            true), 10),
        "/var/lib/dpkg/info/libc6.list", FileFindings.owned(List.of("/lib/x86_64-linux-gnu/libc.so.6"))),
        List.of("/etc/motd"), List.of("/opt"),
        List.of(new SecretFinding("aws-access-key-id", "AWS", Severity.CRITICAL, "AWS Access Key ID", "/app/.env", 2, 2,
            "AWS_ACCESS_KEY_ID=****", "****")),
        List.of("jar could not analyse /x.jar: truncated"));
    assertThat(decode(encode(a))).isEqualTo(a);
  }

  @Test
  void corruptOrForeignEntriesAreRejected() throws IOException {
    LayerAnalysis a = new LayerAnalysis(TestImages.diffId(4), Map.of(), List.of(), List.of(), List.of(), List.of());
    byte[] bytes = encode(a);
    bytes[7] = 9;
    assertThatThrownBy(() -> decode(bytes)).isInstanceOf(IOException.class).hasMessageContaining("version");
    byte[] truncated = java.util.Arrays.copyOf(encode(a), 12);
    assertThatThrownBy(() -> decode(truncated)).isInstanceOf(IOException.class);
  }
}
