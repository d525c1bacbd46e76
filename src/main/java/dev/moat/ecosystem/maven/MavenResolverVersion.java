package dev.moat.ecosystem.maven;

import dev.moat.version.VersionScheme;

/**
 * maven-resolver's GenericVersionScheme ordering (what Maven uses to pick versions from ranges),
 * with resolver range syntax including {@code [1.2.*]}. Accepts any string.
 */
public final class MavenResolverVersion implements VersionScheme {

  @Override
  public String name() {
    return "maven-resolver";
  }

  @Override
  public int compare(String a, String b) {
    return compareItems(ResolverVersionParser.parse(a), ResolverVersionParser.parse(b));
  }

  @Override
  public boolean isValid(String v) {
    return true;
  }

  @Override
  public boolean satisfies(String version, String constraint) {
    return MavenRange.parse(constraint, true).contains(version, this::compare);
  }

  static int compareItems(ResolverItem[] these, ResolverItem[] those) {
    boolean number = true;
    for (int index = 0; ; index++) {
      if (index >= these.length && index >= those.length) {
        return 0;
      } else if (index >= these.length) {
        return -padding(those, index, null);
      } else if (index >= those.length) {
        return padding(these, index, null);
      }
      ResolverItem a = these[index];
      ResolverItem b = those[index];
      if (a.isNumber() != b.isNumber()) {
        int rel = number == a.isNumber() ? padding(these, index, number) : -padding(those, index, number);
        // Resolver 2.x: when the rest is only padding, the item kinds decide ("0.foo" > "foo").
        return rel != 0 ? rel : a.compareTo(b);
      }
      int rel = a.compareTo(b);
      if (rel != 0) {
        return rel;
      }
      number = a.isNumber();
    }
  }

  /** How the rest of {@code items} from {@code index} compares to padding of type {@code number}. */
  private static int padding(ResolverItem[] items, int index, Boolean number) {
    int rel = 0;
    for (int i = index; i < items.length; i++) {
      ResolverItem item = items[i];
      if (number != null && number != item.isNumber()) {
        break;
      }
      rel = item.compareTo(null);
      if (rel != 0) {
        break;
      }
    }
    return rel;
  }
}
