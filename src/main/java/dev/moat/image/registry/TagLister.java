package dev.moat.image.registry;

import java.util.List;

/** Lists a repository's tags ({@code GET /v2/<name>/tags/list}), following pagination. */
final class TagLister {

  private final RegistryTransport transport;
  private final String repository;
  private final int pageSize;

  TagLister(RegistryTransport transport, String repository, int pageSize) {
    this.transport = transport;
    this.repository = repository;
    this.pageSize = pageSize;
  }

  List<String> list() {
    return PagedLister.list(transport, "/v2/" + repository + "/tags/list?n=" + pageSize, "tags",
        RegistryRequest.pullScope(repository), repository,
        "list tags of " + transport.registry() + "/" + repository);
  }
}
