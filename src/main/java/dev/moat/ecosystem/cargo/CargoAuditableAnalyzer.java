package dev.moat.ecosystem.cargo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moat.analyze.AnalyzedFile;
import dev.moat.analyze.FileAnalyzer;
import dev.moat.analyze.FileFindings;
import dev.moat.json.JsonTrees;
import dev.moat.sbom.Package;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Rust executables built with cargo-auditable: the {@code .dep-v0} ELF section holds the
 * zlib-compressed JSON dependency tree ({@code packages} with name, version, source, kind and
 * {@code dependencies} as indices into the list). Build-time crates ({@code kind: build}) are
 * reported too, marked with the property {@code kind=build}, as cargo-audit does.
 */
public final class CargoAuditableAnalyzer implements FileAnalyzer {

  private static final String SECTION = ".dep-v0";
  private static final long MAX_BINARY = 512L << 20;
  private static final long IN_MEMORY = 32L << 20;
  private static final byte[] SECTION_NAME = ".dep-v0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final int MAX_SECTION = 8 << 20;
  private static final int MAX_JSON = 64 << 20;
  private static final String[] EXECUTABLE_DIRS = {
    "/usr/bin/", "/usr/local/bin/", "/bin/", "/sbin/", "/usr/sbin/", "/usr/local/sbin/", "/usr/libexec/",
    "/app/", "/opt/", "/srv/", "/root/.cargo/bin/", "/home/"
  };
  /** Files under the executable directories that are certainly not ELF, rejected without a read. */
  private static final String[] NOT_ELF = {
    ".js", ".mjs", ".cjs", ".ts", ".json", ".map", ".md", ".txt", ".html", ".css", ".py", ".pyc", ".rb",
    ".php", ".java", ".class", ".jar", ".war", ".xml", ".yml", ".yaml", ".properties", ".sh", ".png", ".svg",
    ".h", ".c", ".go", ".rs", ".lock", ".gz", ".zip", ".pl", ".pm"
  };

  @Override
  public String name() {
    return "cargo-auditable";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public boolean accepts(String path, long size) {
    if (size < 64 || size > MAX_BINARY) {
      return false;
    }
    boolean inExecutableDir = false;
    for (String dir : EXECUTABLE_DIRS) {
      inExecutableDir |= path.startsWith(dir);
    }
    if (!inExecutableDir) {
      return false;
    }
    for (String extension : NOT_ELF) {
      if (path.endsWith(extension)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public FileFindings analyze(AnalyzedFile file) throws IOException {
    InputStream in = file.content();
    byte[] head = in.readNBytes(4);
    if (!ElfSectionReader.isElf(head)) {
      return FileFindings.NONE;
    }
    // Binaries up to IN_MEMORY are searched in memory: most have no .dep-v0 section, and writing
    // each one to disk and deleting it cost more than the search. Larger ones spill to a temp file.
    if (file.size() <= IN_MEMORY) {
      byte[] bytes = new byte[(int) file.size()];
      System.arraycopy(head, 0, bytes, 0, head.length);
      int n = head.length + in.readNBytes(bytes, head.length, bytes.length - head.length);
      if (!contains(bytes, n, SECTION_NAME)) {
        return FileFindings.NONE;
      }
      try (var channel = new SeekableInMemoryByteChannel(n == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, n))) {
        return fromSection(ElfSectionReader.read(channel, SECTION, MAX_SECTION), file.path());
      }
    }
    Path copy = Files.createTempFile(file.tempDir(), "auditable", ".elf");
    try {
      try (OutputStream out = Files.newOutputStream(copy)) {
        out.write(head);
        in.transferTo(out);
      }
      try (FileChannel channel = FileChannel.open(copy)) {
        return fromSection(ElfSectionReader.read(channel, SECTION, MAX_SECTION), file.path());
      }
    } finally {
      Files.deleteIfExists(copy);
    }
  }

  private static FileFindings fromSection(java.util.Optional<byte[]> section, String path) throws IOException {
    if (section.isEmpty()) {
      return FileFindings.NONE;
    }
    return FileFindings.packages(packages(inflate(section.get(), path), path));
  }

  /** Whether {@code bytes[0..length)} contains {@code needle} (the section name in .shstrtab). */
  private static boolean contains(byte[] bytes, int length, byte[] needle) {
    outer:
    for (int i = 0; i <= length - needle.length; i++) {
      if (bytes[i] != needle[0]) {
        continue;
      }
      for (int j = 1; j < needle.length; j++) {
        if (bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  static List<Package> packages(byte[] json, String path) throws IOException {
    JsonNode entries = JsonTrees.parse(json).path("packages");
    List<String> keys = new ArrayList<>();
    for (JsonNode entry : entries) {
      keys.add(entry.path("name").asText() + "@" + entry.path("version").asText());
    }
    List<Package> packages = new ArrayList<>();
    for (JsonNode entry : entries) {
      List<String> dependsOn = new ArrayList<>();
      for (JsonNode index : entry.path("dependencies")) {
        if (index.canConvertToInt() && index.asInt() >= 0 && index.asInt() < keys.size()) {
          dependsOn.add(keys.get(index.asInt()));
        }
      }
      Map<String, String> properties = new HashMap<>();
      properties.put("source", entry.path("source").asText("crates.io"));
      if ("build".equals(entry.path("kind").asText())) {
        properties.put("kind", "build");
      }
      packages.add(Package.of(CargoLockAnalyzer.TYPE, entry.path("name").asText(), entry.path("version").asText(), path)
          .withProperties(properties)
          .withDependsOn(dependsOn));
    }
    return packages;
  }

  private static byte[] inflate(byte[] compressed, String path) throws IOException {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(compressed);
      ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length * 4);
      byte[] buffer = new byte[64 * 1024];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new IOException("the " + SECTION + " section of " + path + " is truncated");
        }
        out.write(buffer, 0, n);
        if (out.size() > MAX_JSON) {
          throw new IOException("the " + SECTION + " section of " + path + " inflates past " + MAX_JSON + " bytes");
        }
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new IOException("the " + SECTION + " section of " + path + " is not zlib data", e);
    } finally {
      inflater.end();
    }
  }
}
