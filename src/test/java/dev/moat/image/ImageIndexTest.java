package dev.moat.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.MoatException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageIndexTest {

  private static Descriptor manifest(char hex, String platform) {
    return new Descriptor(MediaTypes.OCI_MANIFEST, "sha256:" + String.valueOf(hex).repeat(64), 100,
        Optional.ofNullable(platform).map(Platform::parse), Map.of());
  }

  @Test
  void picksTheFirstAcceptedPlatformAndAnyVariantWhenNoneIsAsked() {
    ImageIndex index = new ImageIndex(MediaTypes.OCI_INDEX, List.of(manifest('a', "linux/arm/v6"),
        manifest('b', "linux/arm/v7"), manifest('c', "linux/amd64"), manifest('d', "unknown/unknown")));
    assertThat(index.select(Platform.parse("linux/arm/v7"), "x").digest()).startsWith("sha256:b");
    assertThat(index.select(Platform.parse("linux/arm"), "x").digest()).startsWith("sha256:a");
    assertThat(index.select(Platform.LINUX_AMD64, "x").digest()).startsWith("sha256:c");
  }

  @Test
  void acceptsASingleEntryWithoutPlatformOnly() {
    assertThat(new ImageIndex(MediaTypes.OCI_INDEX, List.of(manifest('a', null))).select(Platform.LINUX_AMD64, "x")
        .digest()).startsWith("sha256:a");
    ImageIndex two = new ImageIndex(MediaTypes.OCI_INDEX, List.of(manifest('a', null), manifest('b', null)));
    assertThatThrownBy(() -> two.select(Platform.LINUX_AMD64, "cannot read i"))
        .isInstanceOfSatisfying(MoatException.class, e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.NOT_FOUND))
        .hasMessage("cannot read i: no manifest for platform linux/amd64 (the index offers unknown)");
    assertThatThrownBy(() -> new ImageIndex(MediaTypes.OCI_INDEX, List.of()).select(Platform.LINUX_AMD64, "i"))
        .hasMessage("i: no manifest for platform linux/amd64 (the index is empty)");
  }

  @Test
  void doesNotOfferAttestationManifestsAsPlatforms() {
    ImageIndex index = new ImageIndex(MediaTypes.OCI_INDEX, List.of(manifest('a', "linux/amd64"),
        manifest('b', "unknown/unknown"), manifest('c', "linux/arm64/v8"), manifest('d', "unknown/unknown")));
    assertThatThrownBy(() -> index.select(Platform.parse("linux/s390x"), "i"))
        .hasMessage("i: no manifest for platform linux/s390x (the index offers linux/amd64, linux/arm64/v8)");
    ImageIndex onlyAttestations = new ImageIndex(MediaTypes.OCI_INDEX, List.of(manifest('b', "unknown/unknown")));
    assertThatThrownBy(() -> onlyAttestations.select(Platform.LINUX_AMD64, "i"))
        .hasMessage("i: no manifest for platform linux/amd64 (the index offers no platform image)");
  }
}
