package dev.moat.image;

import dev.moat.MoatException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** OCI digest strings ({@code sha256:hex}, {@code sha512:hex}): hashing, parsing and checking. */
public final class Digests {

  private static final Pattern SHA256 = Pattern.compile("sha256:[0-9a-f]{64}");

  private Digests() {}

  /** {@code sha256:} and the hex SHA-256 of {@code data}. */
  public static String sha256(byte[] data) {
    return "sha256:" + HexFormat.of().formatHex(newDigest("sha256").digest(data));
  }

  /**
   * Whether {@code digest} is a well-formed {@code sha256:} digest, the one algorithm a registry's
   * {@code Docker-Content-Digest} (and so a check of a pulled manifest) uses.
   */
  public static boolean isSha256(String digest) {
    return digest != null && SHA256.matcher(digest).matches();
  }

  /**
   * A fresh MessageDigest for the algorithm of {@code digest}; the digest string is validated
   * first (registered algorithm, lowercase hex of the right length).
   */
  public static MessageDigest forDigest(String digest, String what) {
    try {
      ImageReferenceParser.validateDigest(digest, digest);
    } catch (MoatException e) {
      throw MoatException.invalid(what + ": invalid digest '" + digest + "'");
    }
    return newDigest(digest.substring(0, digest.indexOf(':')));
  }

  /** Throws when {@code data} does not hash to {@code digest}; {@code what} names the blob. */
  public static void verify(byte[] data, String digest, String what) {
    MessageDigest md = forDigest(digest, what);
    String actual = format(digest, md.digest(data));
    if (!actual.equals(digest)) {
      throw mismatch(what, digest, actual);
    }
  }

  static String format(String expected, byte[] hash) {
    return expected.substring(0, expected.indexOf(':') + 1) + HexFormat.of().formatHex(hash);
  }

  static MoatException mismatch(String what, String expected, String actual) {
    return MoatException.invalid(what + " does not match its digest " + expected + " (content hashes to " + actual + ")");
  }

  private static MessageDigest newDigest(String algorithm) {
    String javaName = switch (algorithm) {
      case "sha256" -> "SHA-256";
      case "sha384" -> "SHA-384";
      case "sha512" -> "SHA-512";
      default -> throw new IllegalArgumentException(algorithm);
    };
    try {
      return MessageDigest.getInstance(javaName);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
