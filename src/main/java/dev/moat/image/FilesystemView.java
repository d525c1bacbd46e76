package dev.moat.image;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The final filesystem of an image: every path that survives the layers, with the entry that put it
 * there and the layer it came from. Layers apply in order as overlayfs does: whiteouts delete a
 * path and everything under it from lower layers, opaque markers empty a directory of lower
 * layers' content, and a non-directory replaces a lower directory with all its content.
 */
public final class FilesystemView {

  /** Linux's limit on symlinks followed in one lookup (ELOOP). */
  private static final int MAX_SYMLINK_HOPS = 40;

  /** One surviving path: its entry and the layer that wrote it. */
  public record Node(LayerEntry entry, int layerIndex, String diffId) {
    public String path() {
      return entry.path();
    }
  }

  private final NavigableMap<String, Node> nodes;

  private FilesystemView(NavigableMap<String, Node> nodes) {
    this.nodes = nodes;
  }

  /** Streams every layer of {@code source} once (without reading file contents) and builds the view. */
  public static FilesystemView build(ImageSource source, LayerStreamer streamer) {
    Builder builder = new Builder();
    for (Layer layer : source.image().layers()) {
      streamer.stream(source, layer, builder.visitor(layer));
    }
    return builder.build();
  }

  /** The node at {@code path} ({@code /etc/os-release}), not following symlinks. */
  public Optional<Node> get(String path) {
    return Optional.ofNullable(nodes.get(path));
  }

  /** Every surviving node, sorted by path. */
  public Collection<Node> nodes() {
    return java.util.Collections.unmodifiableCollection(nodes.values());
  }

  public int size() {
    return nodes.size();
  }

  /**
   * The path {@code path} leads to inside the image, following symlinks as the kernel would in a
   * chroot: {@code ..} and absolute targets stop at the image root, never at the host's. Empty when
   * a component does not exist or there are more than 40 links.
   */
  public Optional<String> resolve(String path) {
    Deque<String> remaining = new ArrayDeque<>();
    push(remaining, path);
    String current = "";
    int hops = 0;
    while (!remaining.isEmpty()) {
      String part = remaining.pop();
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        current = current.isEmpty() ? "" : current.substring(0, current.lastIndexOf('/'));
        continue;
      }
      String candidate = current + "/" + part;
      Node node = nodes.get(candidate);
      if (node == null && !hasChildren(candidate)) {
        return Optional.empty();
      }
      if (node != null && node.entry().type() == LayerEntry.Type.SYMLINK) {
        if (++hops > MAX_SYMLINK_HOPS) {
          return Optional.empty();
        }
        String target = node.entry().linkTarget().orElse("");
        push(remaining, target);
        if (target.startsWith("/")) {
          current = "";
        }
        continue;
      }
      current = candidate;
    }
    return Optional.of(current.isEmpty() ? "/" : current);
  }

  /** Tars may omit parent directories: a path with entries below it is a directory. */
  private boolean hasChildren(String dir) {
    String next = nodes.ceilingKey(dir + "/");
    return next != null && next.startsWith(dir + "/");
  }

  private static void push(Deque<String> remaining, String path) {
    String[] parts = path.split("/");
    for (int i = parts.length - 1; i >= 0; i--) {
      remaining.push(parts[i]);
    }
  }

  /** Collects layers in order, applying whiteouts as they arrive. Not thread-safe. */
  public static final class Builder {
    private final TreeMap<String, Node> nodes = new TreeMap<>();
    private int lastLayer = -1;

    /** A visitor for the next layer; layers must come base first. */
    public LayerVisitor visitor(Layer layer) {
      if (layer.index() <= lastLayer) {
        throw new IllegalStateException("layers must be added in order");
      }
      lastLayer = layer.index();
      return (entry, content) -> add(layer, entry);
    }

    /** Applies one entry of {@code layer}. */
    public void add(Layer layer, LayerEntry entry) {
      int index = layer.index();
      String path = entry.path();
      switch (entry.type()) {
        case WHITEOUT -> {
          removeLower(path, index);
          removeLowerBelow(path, index);
        }
        case OPAQUE_DIRECTORY -> removeLowerBelow(path, index);
        case DIRECTORY -> {
          Node previous = nodes.put(path, new Node(entry, index, layer.diffId()));
          if (previous != null && previous.entry().type() != LayerEntry.Type.DIRECTORY) {
            removeLowerBelow(path, index);
          }
        }
        default -> {
          nodes.put(path, new Node(entry, index, layer.diffId()));
          removeLowerBelow(path, index);
        }
      }
    }

    private void removeLower(String path, int index) {
      Node node = nodes.get(path);
      if (node != null && node.layerIndex() < index) {
        nodes.remove(path);
      }
    }

    /** Removes lower layers' nodes strictly under {@code dir}. */
    private void removeLowerBelow(String dir, int index) {
      String prefix = dir.equals("/") ? "/" : dir + "/";
      // '0' is the character after '/', so this range is exactly the paths under prefix.
      String end = prefix.substring(0, prefix.length() - 1) + "0";
      Iterator<Map.Entry<String, Node>> it = nodes.subMap(prefix, true, end, false).entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<String, Node> e = it.next();
        if (e.getValue().layerIndex() < index && !e.getKey().equals(dir)) {
          it.remove();
        }
      }
    }

    public FilesystemView build() {
      return new FilesystemView(nodes);
    }
  }
}
