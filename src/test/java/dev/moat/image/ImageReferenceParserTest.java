package dev.moat.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.moat.MoatException;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImageReferenceParserTest {

  private static final String HEX64 = "0123456789abcdef".repeat(4);
  private static final String HEX128 = HEX64 + HEX64;

  static Stream<Arguments> valid() {
    return Stream.of(
        Arguments.of("alpine", "docker.io", "library/alpine", "latest", null),
        Arguments.of("alpine:3.20", "docker.io", "library/alpine", "3.20", null),
        Arguments.of("library/alpine", "docker.io", "library/alpine", "latest", null),
        Arguments.of("docker.io/alpine", "docker.io", "library/alpine", "latest", null),
        Arguments.of("index.docker.io/alpine:edge", "docker.io", "library/alpine", "edge", null),
        Arguments.of("user/repo", "docker.io", "user/repo", "latest", null),
        Arguments.of("docker.io/user/repo:tag", "docker.io", "user/repo", "tag", null),
        Arguments.of("localhost/foo", "localhost", "foo", "latest", null),
        Arguments.of("localhost:5000/foo/bar:1", "localhost:5000", "foo/bar", "1", null),
        Arguments.of("127.0.0.1:5000/imgpipe/app:latest", "127.0.0.1:5000", "imgpipe/app", "latest", null),
        Arguments.of("[::1]:5000/foo", "[::1]:5000", "foo", "latest", null),
        Arguments.of("[2001:db8::1]/foo", "[2001:db8::1]", "foo", "latest", null),
        Arguments.of("ghcr.io/org/a/b/c:v1.2.3", "ghcr.io", "org/a/b/c", "v1.2.3", null),
        Arguments.of("quay.io/foo@sha256:" + HEX64, "quay.io", "foo", null, "sha256:" + HEX64),
        Arguments.of("alpine:3.20@sha256:" + HEX64, "docker.io", "library/alpine", "3.20", "sha256:" + HEX64),
        Arguments.of("alpine@sha512:" + HEX128, "docker.io", "library/alpine", null, "sha512:" + HEX128),
        Arguments.of("foo_bar/a__b/c-d---e/f.g", "docker.io", "foo_bar/a__b/c-d---e/f.g", "latest", null),
        Arguments.of("Registry.Example.COM/foo", "Registry.Example.COM", "foo", "latest", null),
        Arguments.of("UPPER/foo", "UPPER", "foo", "latest", null),
        Arguments.of("example.com:443/foo:_x", "example.com:443", "foo", "_x", null),
        // Without a slash the host-looking text is a repository name and :5000 its tag, as in Docker.
        Arguments.of("example.com:5000", "docker.io", "library/example.com", "5000", null),
        Arguments.of("localhost:5000", "docker.io", "library/localhost", "5000", null),
        Arguments.of("alpine:" + "T".repeat(128), "docker.io", "library/alpine", "T".repeat(128), null),
        Arguments.of("a".repeat(237), "docker.io", "library/" + "a".repeat(237), "latest", null));
  }

  @ParameterizedTest
  @MethodSource("valid")
  void parsesAndNormalises(String text, String registry, String repository, String tag, String digest) {
    ImageReference ref = ImageReferenceParser.parse(text);
    assertThat(ref).isEqualTo(
        new ImageReference(registry, repository, Optional.ofNullable(tag), Optional.ofNullable(digest)));
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("", "empty"),
        Arguments.of("Alpine", "lowercase"),
        Arguments.of("docker.io/Foo", "lowercase"),
        Arguments.of("foo/Bar", "lowercase"),
        Arguments.of("localhost:5000/Foo", "lowercase"),
        Arguments.of("alpine:", "invalid reference format"),
        Arguments.of("alpine@", "invalid reference format"),
        Arguments.of(":latest", "invalid reference format"),
        Arguments.of("/alpine", "invalid reference format"),
        Arguments.of("alpine/", "invalid reference format"),
        Arguments.of("a//b", "invalid reference format"),
        Arguments.of("-foo", "invalid reference format"),
        Arguments.of("foo-", "invalid reference format"),
        Arguments.of("foo_", "invalid reference format"),
        Arguments.of("foo..bar", "invalid reference format"),
        Arguments.of("foo___bar", "invalid reference format"),
        Arguments.of("alpine:tag with space", "invalid reference format"),
        Arguments.of(" alpine", "invalid reference format"),
        Arguments.of("alpine ", "invalid reference format"),
        Arguments.of("alpine:.tag", "invalid reference format"),
        Arguments.of("alpine:-tag", "invalid reference format"),
        Arguments.of("alpine:" + "t".repeat(129), "invalid reference format"),
        Arguments.of("foo:bar:baz", "invalid reference format"),
        Arguments.of("-example.com/foo", "invalid registry host"),
        Arguments.of("[::1/foo", "invalid registry host"),
        Arguments.of("exa_mple.com/foo", "invalid registry host"),
        Arguments.of("example.com:port/foo", "invalid registry host"),
        Arguments.of("foo@sha256:abc", "invalid reference format"),
        Arguments.of("foo@sha256:" + HEX64 + "@sha256:" + HEX64, "invalid reference format"),
        Arguments.of("foo@sha256:" + HEX64.substring(1), "expected 64 lowercase hex"),
        Arguments.of("foo@sha256:" + HEX64 + "0", "expected 64 lowercase hex"),
        Arguments.of("foo@sha256:" + HEX64.toUpperCase(), "expected 64 lowercase hex"),
        Arguments.of("foo@sha512:" + HEX64, "expected 128 lowercase hex"),
        Arguments.of("foo@md5:" + HEX64.substring(0, 32), "unsupported digest algorithm"),
        Arguments.of(HEX64, "64-character hexadecimal"),
        Arguments.of("a".repeat(238), "longer than 255"),
        Arguments.of("ghcr.io/" + "a/".repeat(124) + "ab", "longer than 255"));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void rejectsMalformed(String text, String reason) {
    assertThatThrownBy(() -> ImageReferenceParser.parse(text))
        .isInstanceOfSatisfying(MoatException.class, e -> assertThat(e.kind()).isEqualTo(MoatException.Kind.INVALID_INPUT))
        .hasMessageStartingWith("invalid image reference '" + text + "'")
        .hasMessageContaining(reason);
  }

  @ParameterizedTest
  @MethodSource("valid")
  void normalisedFormParsesToItself(String text, String registry, String repository, String tag, String digest) {
    ImageReference ref = ImageReferenceParser.parse(text);
    assertThat(ImageReferenceParser.parse(ref.normalized())).isEqualTo(ref);
  }
}
