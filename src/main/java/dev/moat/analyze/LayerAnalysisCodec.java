package dev.moat.analyze;

import dev.moat.sbom.OperatingSystem;
import dev.moat.sbom.Package;
import dev.moat.secret.SecretFinding;
import dev.moat.secret.Severity;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The layer cache's file format: a compact binary encoding of {@link LayerAnalysis}, read without
 * reflection so a warm scan spends its time on the image, not on decoding. Bump {@link #VERSION}
 * with any change; entries of other versions are misses.
 */
final class LayerAnalysisCodec {

  static final int VERSION = 1;
  private static final int MAGIC = 0x4d4c4331; // "MLC1"

  private LayerAnalysisCodec() {}

  static void write(LayerAnalysis a, DataOutputStream out) throws IOException {
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    string(out, a.diffId());
    out.writeInt(a.files().size());
    for (Map.Entry<String, FileFindings> e : a.files().entrySet()) {
      string(out, e.getKey());
      findings(out, e.getValue());
    }
    strings(out, a.whiteouts());
    strings(out, a.opaqueDirectories());
    out.writeInt(a.secrets().size());
    for (SecretFinding s : a.secrets()) {
      secret(out, s);
    }
    strings(out, a.warnings());
  }

  static LayerAnalysis read(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC || in.readInt() != VERSION) {
      throw new IOException("not a layer cache entry of version " + VERSION);
    }
    String diffId = string(in);
    int files = count(in);
    Map<String, FileFindings> map = new HashMap<>(files * 2);
    for (int i = 0; i < files; i++) {
      map.put(string(in), findings(in));
    }
    List<String> whiteouts = strings(in);
    List<String> opaque = strings(in);
    int secretCount = count(in);
    List<SecretFinding> secrets = new ArrayList<>(secretCount);
    for (int i = 0; i < secretCount; i++) {
      secrets.add(secret(in));
    }
    return new LayerAnalysis(diffId, map, whiteouts, opaque, secrets, strings(in));
  }

  private static void findings(DataOutputStream out, FileFindings f) throws IOException {
    out.writeInt(f.packages().size());
    for (Package p : f.packages()) {
      pkg(out, p);
    }
    out.writeBoolean(f.os().isPresent());
    if (f.os().isPresent()) {
      OperatingSystem os = f.os().get();
      string(out, os.family());
      string(out, os.version());
      optional(out, os.codename());
      optional(out, os.prettyName());
      out.writeBoolean(os.distroless());
    }
    out.writeInt(f.osPriority());
    strings(out, f.ownedFiles());
  }

  private static FileFindings findings(DataInputStream in) throws IOException {
    int n = count(in);
    List<Package> packages = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      packages.add(pkg(in));
    }
    Optional<OperatingSystem> os = Optional.empty();
    if (in.readBoolean()) {
      os = Optional.of(new OperatingSystem(string(in), string(in), optional(in), optional(in), in.readBoolean()));
    }
    int priority = in.readInt();
    return new FileFindings(packages, os, priority, strings(in));
  }

  private static void pkg(DataOutputStream out, Package p) throws IOException {
    string(out, p.type());
    string(out, p.name());
    string(out, p.version());
    optional(out, p.sourceName());
    optional(out, p.sourceVersion());
    optional(out, p.arch());
    strings(out, p.licenses());
    string(out, p.path());
    string(out, p.layer());
    out.writeInt(p.properties().size());
    for (Map.Entry<String, String> e : p.properties().entrySet()) {
      string(out, e.getKey());
      string(out, e.getValue());
    }
    strings(out, p.dependsOn());
  }

  private static Package pkg(DataInputStream in) throws IOException {
    String type = string(in);
    String name = string(in);
    String version = string(in);
    Optional<String> sourceName = optional(in);
    Optional<String> sourceVersion = optional(in);
    Optional<String> arch = optional(in);
    List<String> licenses = strings(in);
    String path = string(in);
    String layer = string(in);
    int props = count(in);
    Map<String, String> properties = new LinkedHashMap<>();
    for (int i = 0; i < props; i++) {
      properties.put(string(in), string(in));
    }
    return new Package(type, name, version, sourceName, sourceVersion, arch, licenses, path, layer, properties,
        strings(in));
  }

  private static void secret(DataOutputStream out, SecretFinding s) throws IOException {
    string(out, s.ruleId());
    string(out, s.category());
    string(out, s.severity().name());
    string(out, s.title());
    string(out, s.path());
    out.writeInt(s.startLine());
    out.writeInt(s.endLine());
    string(out, s.maskedLine());
    string(out, s.maskedMatch());
  }

  private static SecretFinding secret(DataInputStream in) throws IOException {
    return new SecretFinding(string(in), string(in), Severity.valueOf(string(in)), string(in), string(in),
        in.readInt(), in.readInt(), string(in), string(in));
  }

  private static void strings(DataOutputStream out, List<String> list) throws IOException {
    out.writeInt(list.size());
    for (String s : list) {
      string(out, s);
    }
  }

  private static List<String> strings(DataInputStream in) throws IOException {
    int n = count(in);
    List<String> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(string(in));
    }
    return list;
  }

  private static void optional(DataOutputStream out, Optional<String> value) throws IOException {
    out.writeBoolean(value.isPresent());
    if (value.isPresent()) {
      string(out, value.get());
    }
  }

  private static Optional<String> optional(DataInputStream in) throws IOException {
    return in.readBoolean() ? Optional.of(string(in)) : Optional.empty();
  }

  private static void string(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String string(DataInputStream in) throws IOException {
    int n = count(in);
    return new String(in.readNBytes(n), StandardCharsets.UTF_8);
  }

  /** A length read from the file, bounded so a corrupt entry cannot ask for gigabytes. */
  private static int count(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > 64 << 20) {
      throw new IOException("corrupt layer cache entry (length " + n + ")");
    }
    return n;
  }
}
