package dev.moat.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.moat.image.Image;
import dev.moat.image.ImageConfig;
import dev.moat.image.ImageSource;
import dev.moat.image.ImageSources;
import dev.moat.image.Layer;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code moat image inspect}: the resolved manifest, config and layers of an image.
 *
 * <p>JSON output ({@code --format json}) is one object with these stable fields; absent values are
 * {@code null}:
 * <ul>
 *   <li>{@code name} the image as given, with its transport ({@code oci:/x:app})
 *   <li>{@code reference} the normalised registry reference, if the image has one
 *   <li>{@code manifestDigest} digest of the manifest (null for docker-archive, which has none)
 *   <li>{@code indexDigest} digest of the index the manifest was chosen from, if any
 *   <li>{@code manifestMediaType}, {@code platform} ({@code linux/amd64}), {@code os},
 *       {@code architecture}, {@code variant}, {@code created}
 *   <li>{@code configDigest}, {@code configMediaType}, {@code configSize}
 *   <li>{@code config}: {@code user}, {@code workingDir}, {@code env}, {@code entrypoint},
 *       {@code cmd}, {@code labels} (sorted by key)
 *   <li>{@code diffIds} the uncompressed layer digests, base first
 *   <li>{@code layers}: {@code index}, {@code digest}, {@code mediaType}, {@code size} (stored
 *       bytes), {@code diffId}
 * </ul>
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
    description = "Show an image's digest, platform, configuration and layers.")
public final class ImageInspectCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ImageOptionsMixin imageOptions;

  @Option(names = "--format", defaultValue = "table", description = "Output format: table or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Parameters(index = "0", paramLabel = "IMAGE",
      description = "oci:DIR[:TAG], oci-archive:FILE[:TAG], docker-archive:FILE[:REF], or a registry reference.")
  String image;

  enum Format { table, json }

  @Override
  public Integer call() throws JsonProcessingException {
    PrintWriter out = spec.commandLine().getOut();
    try (ImageSource source = ImageSources.open(image, imageOptions.toOptions())) {
      Image resolved = source.image();
      if (format == Format.json) {
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toJson(resolved)));
      } else {
        printTable(resolved, out);
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  /** The JSON document described in the class Javadoc. */
  static Map<String, Object> toJson(Image image) {
    ImageConfig c = image.config();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", image.name());
    json.put("reference", image.reference().map(Object::toString).orElse(null));
    json.put("manifestDigest", image.manifestDigest().orElse(null));
    json.put("indexDigest", image.indexDigest().orElse(null));
    json.put("manifestMediaType", image.manifestMediaType());
    json.put("platform", image.platform().toString());
    json.put("os", c.os());
    json.put("architecture", c.architecture());
    json.put("variant", c.variant().orElse(null));
    json.put("created", c.created().orElse(null));
    json.put("configDigest", image.configBlob().digest());
    json.put("configMediaType", image.configBlob().mediaType());
    json.put("configSize", image.configBlob().size());
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("user", c.user().orElse(null));
    config.put("workingDir", c.workingDir().orElse(null));
    config.put("env", c.env());
    config.put("entrypoint", c.entrypoint());
    config.put("cmd", c.cmd());
    config.put("labels", new TreeMap<>(c.labels()));
    json.put("config", config);
    json.put("diffIds", c.diffIds());
    List<Map<String, Object>> layers = new ArrayList<>();
    for (Layer layer : image.layers()) {
      Map<String, Object> l = new LinkedHashMap<>();
      l.put("index", layer.index());
      l.put("digest", layer.blob().digest());
      l.put("mediaType", layer.blob().mediaType());
      l.put("size", layer.blob().size());
      l.put("diffId", layer.diffId());
      layers.add(l);
    }
    json.put("layers", layers);
    return json;
  }

  private static void printTable(Image image, PrintWriter out) {
    ImageConfig c = image.config();
    row(out, "Name", image.name());
    image.reference().ifPresent(r -> row(out, "Reference", r.toString()));
    row(out, "Manifest digest", image.manifestDigest().orElse("(none: the source has no manifest)"));
    image.indexDigest().ifPresent(d -> row(out, "Index digest", d));
    row(out, "Media type", image.manifestMediaType());
    row(out, "Platform", image.platform().toString());
    c.created().ifPresent(v -> row(out, "Created", v));
    row(out, "Config digest", image.configBlob().digest());
    row(out, "User", c.user().orElse(""));
    row(out, "Working dir", c.workingDir().orElse(""));
    row(out, "Entrypoint", String.join(" ", c.entrypoint()));
    row(out, "Cmd", String.join(" ", c.cmd()));
    c.env().forEach(e -> row(out, "Env", e));
    new TreeMap<>(c.labels()).forEach((k, v) -> row(out, "Label", k + "=" + v));
    out.println();
    out.printf("%-5s  %-71s  %12s  %s%n", "LAYER", "DIGEST", "SIZE", "DIFF ID");
    for (Layer layer : image.layers()) {
      out.printf("%-5d  %-71s  %12d  %s%n", layer.index(), layer.blob().digest(), layer.blob().size(), layer.diffId());
    }
  }

  private static void row(PrintWriter out, String key, String value) {
    out.printf("%-16s %s%n", key + ":", value);
  }
}
