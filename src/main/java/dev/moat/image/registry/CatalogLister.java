package dev.moat.image.registry;

import java.util.List;

/** Lists the registry's repositories ({@code GET /v2/_catalog}), following pagination. */
final class CatalogLister {

  private final RegistryTransport transport;
  private final int pageSize;

  CatalogLister(RegistryTransport transport, int pageSize) {
    this.transport = transport;
    this.pageSize = pageSize;
  }

  List<String> list() {
    // Docker token auth names catalog access "registry:catalog:*".
    return PagedLister.list(transport, "/v2/_catalog?n=" + pageSize, "repositories", "registry:catalog:*",
        "catalog", "list repositories of " + transport.registry());
  }
}
