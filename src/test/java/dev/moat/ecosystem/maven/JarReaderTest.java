package dev.moat.ecosystem.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.moat.sbom.Package;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class JarReaderTest {

  static byte[] resource(String name) throws IOException {
    try (InputStream in = JarReaderTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  /** A zip holding {@code entries} (name, bytes pairs), stored or deflated. */
  static byte[] zip(boolean stored, Object... entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < entries.length; i += 2) {
        byte[] bytes = (byte[]) entries[i + 1];
        ZipEntry entry = new ZipEntry((String) entries[i]);
        if (stored) {
          CRC32 crc = new CRC32();
          crc.update(bytes);
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(bytes.length);
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static List<Package> read(byte[] bytes, String path) throws IOException {
    return new JarReader(ArchiveLimits.DEFAULT).read(new ByteArrayInputStream(bytes), path);
  }

  @Test
  void identifiesAJarByItsPomPropertiesAndHashesIt() throws IOException {
    List<Package> packages = read(resource("j2objc-annotations-2.8.jar"), "/app/lib/j2objc-annotations-2.8.jar");

    assertThat(packages).extracting(Package::type, Package::name, Package::version, Package::path)
        .containsExactly(tuple("maven", "com.google.j2objc:j2objc-annotations", "2.8",
            "/app/lib/j2objc-annotations-2.8.jar"));
    // the SHA-1 Maven Central publishes for this artifact
    assertThat(packages.get(0).properties()).containsEntry("sha1", "c85270e307e7b822f1086b93689124b89768e273");
  }

  @Test
  void fallsBackToTheManifestThenTheFileName() throws IOException {
    assertThat(read(resource("opentest4j-1.3.0.jar"), "/x/opentest4j-1.3.0.jar"))
        .extracting(Package::name, Package::version)
        .containsExactly(tuple("org.opentest4j:opentest4j", "1.3.0"));
    assertThat(read(resource("javax.inject-1.jar"), "/x/javax.inject-1.jar"))
        .extracting(Package::name, Package::version)
        .containsExactly(tuple("javax.inject", "1"));
  }

  @Test
  void descendsIntoNestedArchivesAndNamesTheirPaths() throws IOException {
    byte[] war = zip(false,
        "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nCreated-By: test\r\n\r\n".getBytes(),
        "WEB-INF/lib/j2objc-annotations-2.8.jar", resource("j2objc-annotations-2.8.jar"),
        "WEB-INF/lib/opentest4j-1.3.0.jar", resource("opentest4j-1.3.0.jar"));
    byte[] ear = zip(true,
        "lib/maven-reporting-api-4.0.0.jar", resource("maven-reporting-api-4.0.0.jar"),
        "web.war", war);

    List<Package> packages = read(ear, "/srv/app.ear");

    assertThat(packages).extracting(Package::name, Package::version, Package::path)
        .containsExactlyInAnyOrder(
            tuple("org.apache.maven.reporting:maven-reporting-api", "4.0.0", "/srv/app.ear!/lib/maven-reporting-api-4.0.0.jar"),
            tuple("com.google.j2objc:j2objc-annotations", "2.8", "/srv/app.ear!/web.war!/WEB-INF/lib/j2objc-annotations-2.8.jar"),
            tuple("org.opentest4j:opentest4j", "1.3.0", "/srv/app.ear!/web.war!/WEB-INF/lib/opentest4j-1.3.0.jar"));
    assertThat(packages).filteredOn(p -> p.name().endsWith("j2objc-annotations"))
        .extracting(p -> p.properties().get("sha1"))
        .containsExactly("c85270e307e7b822f1086b93689124b89768e273");
  }

  @Test
  void skipsTheLaunchScriptOfAnExecutableJarAndHashesAllOfIt() throws IOException {
    byte[] jar = resource("j2objc-annotations-2.8.jar");
    byte[] script = "#!/bin/bash\n# launch script\nexec java -jar \"$0\" \"$@\"\n".getBytes();
    byte[] executable = new byte[script.length + jar.length];
    System.arraycopy(script, 0, executable, 0, script.length);
    System.arraycopy(jar, 0, executable, script.length, jar.length);

    List<Package> packages = read(executable, "/app/j2objc-annotations-2.8.jar");

    assertThat(packages).extracting(Package::name).containsExactly("com.google.j2objc:j2objc-annotations");
    assertThat(packages.get(0).properties().get("sha1"))
        .isEqualTo(java.util.HexFormat.of().formatHex(sha1(executable)));
  }

  private static byte[] sha1(byte[] bytes) {
    try {
      return java.security.MessageDigest.getInstance("SHA-1").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void reportsEveryPomOfAShadedJarWithTheOwnArtifactFirst() throws IOException {
    byte[] shaded = zip(false,
        "META-INF/maven/org.example/other/pom.properties", "groupId=org.example\nartifactId=other\nversion=2.0\n".getBytes(),
        "META-INF/maven/org.example/app/pom.properties", "groupId=org.example\nartifactId=app\nversion=1.1\n".getBytes());

    assertThat(read(shaded, "/app/app-1.1.jar")).extracting(Package::name)
        .containsExactly("org.example:app", "org.example:other");
  }

  @Test
  void stopsAZipBombAtTheInflatedByteLimit() throws IOException {
    // A nested archive is inflated to be read: that is where a bomb can hurt, and the limit holds.
    // (an 8 MiB stored jar of zeros, deflated to a few KiB inside the war)
    byte[] bomb = zip(false, "WEB-INF/lib/zeros.jar", zip(true, "zeros.bin", new byte[8 << 20]));
    JarReader reader = new JarReader(new ArchiveLimits(8, 1000, 1 << 20));

    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(bomb), "/bomb.war"))
        .isInstanceOf(IOException.class).hasMessageContaining("inflates to more than");
  }

  @Test
  void entriesThatAreNotReadAreSkippedWithoutInflatingThem() throws IOException {
    byte[] jar = zip(false, "zeros.bin", new byte[8 << 20],
        "META-INF/maven/org.example/app/pom.properties", "groupId=org.example\nartifactId=app\nversion=1.1\n".getBytes());
    JarReader reader = new JarReader(new ArchiveLimits(8, 1000, 1 << 20));

    assertThat(reader.read(new ByteArrayInputStream(jar), "/app/app-1.1.jar")).extracting(Package::name)
        .containsExactly("org.example:app");
  }

  @Test
  void skipsADamagedInnerArchiveButKeepsTheRest() throws IOException {
    byte[] jar = resource("j2objc-annotations-2.8.jar");
    byte[] truncated = java.util.Arrays.copyOf(jar, jar.length / 2);
    byte[] garbage = "PK\u0003\u0004 this is no zip entry header".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] war = zip(true, "WEB-INF/lib/broken.jar", truncated, "WEB-INF/lib/garbage.jar", garbage,
        "WEB-INF/lib/j2objc-annotations-2.8.jar", jar);

    assertThat(read(war, "/app/x.war")).extracting(Package::name).containsExactly("com.google.j2objc:j2objc-annotations");
  }

  @Test
  void stopsAtTheNestingDepthLimit() throws IOException {
    byte[] inner = resource("j2objc-annotations-2.8.jar");
    byte[] nested = inner;
    for (int i = 0; i < 3; i++) {
      nested = zip(false, "lib/n" + i + ".jar", nested);
    }
    JarReader shallow = new JarReader(new ArchiveLimits(2, 1000, 1 << 30));

    assertThat(shallow.read(new ByteArrayInputStream(nested), "/deep.jar")).isEmpty();
    assertThat(read(nested, "/deep.jar")).extracting(Package::path)
        .containsExactly("/deep.jar!/lib/n2.jar!/lib/n1.jar!/lib/n0.jar");
  }

  @Test
  void readsOnlyTheEntriesItNeedsThroughTheCentralDirectory() throws IOException {
    // ZipOutputStream writes deflated entries with data descriptors: read as a stream, every such
    // entry must be inflated to find the next one. Through the central directory a damaged class
    // file that Moat does not need is never touched.
    byte[] pom = "groupId=org.example\nartifactId=app\nversion=1.1\n".getBytes();
    byte[] jar = zip(false, "org/example/App.class", new byte[64 << 10], "META-INF/maven/org.example/app/pom.properties", pom);
    int data = 30 + "org/example/App.class".length(); // the first entry's data follows its local header
    for (int i = data; i < data + 40; i++) {
      jar[i] = (byte) 0xff; // no longer a valid deflate stream
    }
    assertThatThrownBy(() -> {
      try (var stream = new org.apache.commons.compress.archivers.zip.ZipArchiveInputStream(new ByteArrayInputStream(jar))) {
        while (stream.getNextEntry() != null) {
          // skipping the damaged entry means inflating it
        }
      }
    }).as("read as a stream, the damaged entry stops the reader").isInstanceOf(IOException.class);
    assertThat(read(jar, "/app/app-1.1.jar")).extracting(Package::name).containsExactly("org.example:app");
  }

  @Test
  void spillsALargeArchiveToTheTempDirectoryAndDeletesIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
      throws IOException {
    byte[] noise = new byte[JarReader.IN_MEMORY + (1 << 20)];
    new java.util.Random(7).nextBytes(noise);
    byte[] jar = zip(true, "blob.bin", noise,
        "META-INF/maven/org.example/big/pom.properties", "groupId=org.example\nartifactId=big\nversion=2\n".getBytes());
    JarReader reader = new JarReader(ArchiveLimits.DEFAULT, java.util.Optional.of(tmp));

    List<Package> packages = reader.read(new ByteArrayInputStream(jar), "/big-2.jar");

    assertThat(packages).extracting(Package::name).containsExactly("org.example:big");
    assertThat(packages.getFirst().properties().get("sha1")).isEqualTo(java.util.HexFormat.of().formatHex(sha1(jar)));
    try (var left = java.nio.file.Files.list(tmp)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void namesAShadingJarItselfWhenItsOnlyPomPropertiesIsTheShadedLibrarys() throws IOException {
    // The real jar carries jctools' pom.properties and none of its own; its file name still names it.
    List<Package> packages = read(resource("opentelemetry-sdk-trace-1.55.0.jar"), "/app/lib/opentelemetry-sdk-trace-1.55.0.jar");

    assertThat(packages).extracting(Package::name, Package::version)
        .containsExactly(tuple("opentelemetry-sdk-trace", "1.55.0"), tuple("org.jctools:jctools-core", "4.0.5"));
  }

  @Test
  void aRenamedJarWithItsOwnPomPropertiesIsNotNamedTwice() throws IOException {
    byte[] jar = zip(false, "META-INF/maven/org.example/app/pom.properties",
        "groupId=org.example\nartifactId=app\nversion=1.1\n".getBytes());

    assertThat(read(jar, "/srv/app.jar")).extracting(Package::name).containsExactly("org.example:app");
    assertThat(read(jar, "/srv/app-1.1.jar")).extracting(Package::name).containsExactly("org.example:app");
  }

  @Test
  void skipsANestedArchiveLargerThanItsBoundAndLeavesNoTempFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
      throws IOException {
    // A small deflated entry can inflate to a huge nested "jar": it is not copied out beyond the bound.
    byte[] huge = zip(true, "zeros.bin", new byte[2 << 20]);
    byte[] war = zip(false, "WEB-INF/lib/huge-1.0.jar", huge,
        "WEB-INF/lib/j2objc-annotations-2.8.jar", resource("j2objc-annotations-2.8.jar"));
    JarReader reader = new JarReader(ArchiveLimits.DEFAULT, java.util.Optional.of(tmp), 1 << 20);

    assertThat(reader.read(new ByteArrayInputStream(war), "/app/x.war")).extracting(Package::name)
        .containsExactly("com.google.j2objc:j2objc-annotations");
    try (var left = java.nio.file.Files.list(tmp)) {
      assertThat(left).isEmpty();
    }
  }
}
