package dev.moat;

/**
 * The one failure type Moat reports to users: a message in the user's words and the kind of
 * failure, which decides the process exit code. The cause stays chained for {@code --debug}.
 */
public class MoatException extends RuntimeException {

  /** What a caller can do about a failure; each kind maps to one exit code. */
  public enum Kind {
    /** Bad flags, a malformed reference, an unreadable or hostile input. Exit 2. */
    INVALID_INPUT(2),
    /** The image, blob, tag or file does not exist. Exit 2. */
    NOT_FOUND(2),
    /** A configured bound (size, ratio, count) was exceeded. Exit 2. */
    LIMIT_EXCEEDED(2),
    /** The registry refused the credentials (401/403). Exit 3. */
    UNAUTHORIZED(3),
    /** Network failure, timeout, or a registry error after retries. Exit 4. */
    NETWORK(4),
    /** Anything else: a bug or an environment problem. Exit 5. */
    INTERNAL(5);

    private final int exitCode;

    Kind(int exitCode) {
      this.exitCode = exitCode;
    }

    public int exitCode() {
      return exitCode;
    }
  }

  private final Kind kind;

  public MoatException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public MoatException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  public static MoatException invalid(String message) {
    return new MoatException(Kind.INVALID_INPUT, message);
  }

  public static MoatException invalid(String message, Throwable cause) {
    return new MoatException(Kind.INVALID_INPUT, message, cause);
  }

  public static MoatException notFound(String message) {
    return new MoatException(Kind.NOT_FOUND, message);
  }

  public static MoatException limit(String message) {
    return new MoatException(Kind.LIMIT_EXCEEDED, message);
  }

  /** The same failure with {@code context: } in front of the message, e.g. the image name. */
  public MoatException withContext(String context) {
    return new MoatException(kind, context + ": " + getMessage(), this);
  }
}
