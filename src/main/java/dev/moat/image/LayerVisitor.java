package dev.moat.image;

import java.io.IOException;
import java.io.InputStream;

/** Receives the entries of one layer in tar order. */
@FunctionalInterface
public interface LayerVisitor {

  /**
   * Called once per entry. {@code content} is the entry's bytes for {@link LayerEntry.Type#FILE}
   * (bounded to the entry, closing it is a no-op, leaving it unread is fine) and an empty stream
   * otherwise. It is valid only during this call.
   */
  void visit(LayerEntry entry, InputStream content) throws IOException;
}
