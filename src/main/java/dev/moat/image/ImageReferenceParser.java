package dev.moat.image;

import dev.moat.MoatException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses image references following the distribution/reference grammar and normalises them as
 * {@code ParseNormalizedNamed} + {@code TagNameOnly} do in Docker and containerd.
 */
final class ImageReferenceParser {

  // Grammar from distribution/reference regexp.go (v0.6).
  private static final String ALPHA_NUMERIC = "[a-z0-9]+";
  private static final String SEPARATOR = "(?:[._]|__|[-]+)";
  private static final String PATH_COMPONENT = ALPHA_NUMERIC + "(?:" + SEPARATOR + ALPHA_NUMERIC + ")*";
  private static final String DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
  private static final String IPV6 = "\\[(?:[a-fA-F0-9:]+)\\]";
  private static final String HOST = "(?:" + DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT + ")*|" + IPV6 + ")";
  private static final String DOMAIN = HOST + "(?::[0-9]+)?";
  private static final String TAG = "[\\w][\\w.-]{0,127}";
  private static final String DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
  private static final String NAME = "(?:" + DOMAIN + "/)?" + PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*";
  private static final Pattern REFERENCE =
      Pattern.compile("(" + NAME + ")(?::(" + TAG + "))?(?:@(" + DIGEST + "))?");
  private static final Pattern DOMAIN_PATTERN = Pattern.compile(DOMAIN);
  private static final Pattern IDENTIFIER = Pattern.compile("[a-f0-9]{64}");

  /** distribution/reference NameTotalLengthMax, applied to the normalised name. */
  static final int NAME_TOTAL_LENGTH_MAX = 255;

  private static final String LEGACY_DEFAULT_DOMAIN = "index.docker.io";
  private static final String OFFICIAL_REPO_PREFIX = "library/";

  private ImageReferenceParser() {}

  static ImageReference parse(String text) {
    if (text == null || text.isEmpty()) {
      throw MoatException.invalid("invalid image reference '': the reference is empty");
    }
    if (IDENTIFIER.matcher(text).matches()) {
      throw invalid(text, "a repository name cannot be a 64-character hexadecimal string");
    }
    String[] split = splitDockerDomain(text);
    String domain = split[0];
    String remainder = split[1];
    int tagSeparator = remainder.indexOf(':');
    String remoteName = tagSeparator >= 0 ? remainder.substring(0, tagSeparator) : remainder;
    if (!remoteName.toLowerCase(Locale.ROOT).equals(remoteName)) {
      throw invalid(text, "repository name must be lowercase");
    }
    // Docker would re-read an invalid host as a path component; refusing is the unsurprising choice.
    if (!DOMAIN_PATTERN.matcher(domain).matches()) {
      throw invalid(text, "invalid registry host '" + domain + "'");
    }
    String full = domain + "/" + remainder;
    Matcher m = REFERENCE.matcher(full);
    if (!m.matches()) {
      throw invalid(text, "invalid reference format");
    }
    String name = m.group(1);
    if (name.length() > NAME_TOTAL_LENGTH_MAX) {
      throw invalid(text, "repository name must not be longer than " + NAME_TOTAL_LENGTH_MAX + " characters");
    }
    Optional<String> digest = Optional.ofNullable(m.group(3));
    digest.ifPresent(d -> validateDigest(text, d));
    Optional<String> tag = Optional.ofNullable(m.group(2));
    if (tag.isEmpty() && digest.isEmpty()) {
      tag = Optional.of("latest");
    }
    String repository = name.substring(domain.length() + 1);
    return new ImageReference(domain, repository, tag, digest);
  }

  /**
   * Validates a digest string as go-digest does: a registered algorithm (sha256, sha384, sha512)
   * with lowercase hex of exactly its length.
   */
  static void validateDigest(String context, String digest) {
    int colon = digest.indexOf(':');
    String algorithm = colon > 0 ? digest.substring(0, colon) : "";
    String hex = colon > 0 ? digest.substring(colon + 1) : "";
    int expected = switch (algorithm) {
      case "sha256" -> 64;
      case "sha384" -> 96;
      case "sha512" -> 128;
      default -> throw invalid(context, "unsupported digest algorithm '" + algorithm + "'");
    };
    if (hex.length() != expected || !hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      throw invalid(context, "invalid " + algorithm + " digest: expected " + expected + " lowercase hex characters");
    }
  }

  /** Docker's splitDockerDomain: the first component is a registry only if it looks like a host. */
  private static String[] splitDockerDomain(String name) {
    int slash = name.indexOf('/');
    String domain;
    String remainder;
    if (slash == -1 || !looksLikeRegistry(name.substring(0, slash))) {
      domain = ImageReference.DOCKER_HUB;
      remainder = name;
    } else {
      domain = name.substring(0, slash);
      remainder = name.substring(slash + 1);
    }
    if (domain.equals(LEGACY_DEFAULT_DOMAIN)) {
      domain = ImageReference.DOCKER_HUB;
    }
    if (domain.equals(ImageReference.DOCKER_HUB) && remainder.indexOf('/') == -1) {
      remainder = OFFICIAL_REPO_PREFIX + remainder;
    }
    return new String[] {domain, remainder};
  }

  private static boolean looksLikeRegistry(String first) {
    return first.contains(".") || first.contains(":") || first.equals("localhost")
        || !first.toLowerCase(Locale.ROOT).equals(first);
  }

  private static MoatException invalid(String text, String reason) {
    return MoatException.invalid("invalid image reference '" + text + "': " + reason);
  }
}
