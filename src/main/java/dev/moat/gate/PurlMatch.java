package dev.moat.gate;

/**
 * Whether a purl written in a VEX statement or ignore file names a package's purl. A statement
 * purl without qualifiers (or without a version) matches any qualifiers (or any version).
 */
final class PurlMatch {

  private PurlMatch() {}

  static boolean matches(String statement, String actual) {
    if (statement.equals(actual)) {
      return true;
    }
    String s = strip(statement);
    String a = strip(actual);
    boolean statementHasQualifiers = statement.indexOf('?') >= 0;
    String aCompared = statementHasQualifiers ? actual : a;
    String sCompared = statementHasQualifiers ? statement : s;
    if (sCompared.equals(aCompared)) {
      return true;
    }
    boolean statementHasVersion = s.indexOf('@', s.indexOf('/')) >= 0;
    return !statementHasVersion && a.startsWith(s + "@");
  }

  private static String strip(String purl) {
    int q = purl.indexOf('?');
    int h = purl.indexOf('#');
    int end = q >= 0 ? q : (h >= 0 ? h : purl.length());
    return purl.substring(0, end);
  }
}
