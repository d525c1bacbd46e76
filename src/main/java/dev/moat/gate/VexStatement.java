package dev.moat.gate;

import java.util.List;
import java.util.Optional;

/**
 * One OpenVEX statement: a vulnerability (with aliases), the products it is about (purls, each
 * with optional subcomponent purls) and the status.
 */
public record VexStatement(String vulnerability, List<String> aliases, List<Product> products, String status,
    Optional<String> justification) {

  public VexStatement {
    aliases = List.copyOf(aliases);
    products = List.copyOf(products);
  }

  /** Whether the statement says the products are not affected (or already fixed). */
  public boolean suppresses() {
    return status.equals("not_affected") || status.equals("fixed");
  }

  /** A product and the subcomponents the statement narrows it to. */
  public record Product(String id, List<String> subcomponents) {
    public Product {
      subcomponents = List.copyOf(subcomponents);
    }
  }
}
