package dev.moat.image.registry;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** sha256 digests in the OCI {@code sha256:<hex>} form. */
final class Sha256 {

  private Sha256() {}

  static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  static String of(byte[] bytes) {
    return format(newDigest().digest(bytes));
  }

  static String format(byte[] hash) {
    return "sha256:" + HexFormat.of().formatHex(hash);
  }

  /** Only sha256 is accepted: a digest is checked, never trusted, and we cannot check others. */
  static boolean isValid(String digest) {
    return digest != null && digest.matches("sha256:[0-9a-f]{64}");
  }
}
