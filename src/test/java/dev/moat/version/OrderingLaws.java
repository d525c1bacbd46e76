package dev.moat.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;

/** Assertions that a comparison is a total preorder: reflexive, antisymmetric, transitive. */
public final class OrderingLaws {

  private OrderingLaws() {}

  public static void reflexive(Comparator<String> cmp, String a) {
    assertThat(cmp.compare(a, a)).as("cmp(%s,%s)", a, a).isZero();
  }

  public static void antisymmetric(Comparator<String> cmp, String a, String b) {
    assertThat(Integer.signum(cmp.compare(a, b)))
        .as("sign cmp(%s,%s) vs cmp(%s,%s)", a, b, b, a)
        .isEqualTo(-Integer.signum(cmp.compare(b, a)));
  }

  public static void transitive(Comparator<String> cmp, String a, String b, String c) {
    String[] s = {a, b, c};
    java.util.Arrays.sort(s, cmp);
    assertThat(cmp.compare(s[0], s[2]))
        .as("%s <= %s <= %s", s[0], s[1], s[2])
        .isLessThanOrEqualTo(0);
    if (cmp.compare(s[0], s[1]) < 0 || cmp.compare(s[1], s[2]) < 0) {
      assertThat(cmp.compare(s[0], s[2])).as("%s < %s", s[0], s[2]).isNegative();
    }
  }
}
