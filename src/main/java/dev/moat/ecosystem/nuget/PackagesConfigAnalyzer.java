package dev.moat.ecosystem.nuget;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.analyze.FileAnalyzer;
import dev.moat.analyze.FileFindings;
import dev.moat.sbom.Package;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The {@code packages.config} of .NET Framework projects: one {@code <package id version>} per
 * NuGet package, without relations. Packages marked {@code developmentDependency="true"} are
 * build-time tools and are not reported. DTDs and external entities are refused.
 */
public final class PackagesConfigAnalyzer implements FileAnalyzer {

  private static final long MAX_SIZE = 4L << 20;

  @Override
  public String name() {
    return "nuget-packages-config";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public boolean accepts(String path, long size) {
    return size <= MAX_SIZE && path.endsWith("/packages.config");
  }

  @Override
  public FileFindings analyze(AnalyzedFile file) throws IOException {
    List<Package> packages = new ArrayList<>();
    try {
      XMLStreamReader reader = secureFactory().createXMLStreamReader(file.content());
      try {
        while (reader.hasNext()) {
          if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("package")) {
            String id = reader.getAttributeValue(null, "id");
            String version = reader.getAttributeValue(null, "version");
            if (id != null && version != null && !"true".equals(reader.getAttributeValue(null, "developmentDependency"))) {
              Package pkg = Package.of(DepsJsonAnalyzer.TYPE, id, version, file.path());
              String framework = reader.getAttributeValue(null, "targetFramework");
              packages.add(framework == null ? pkg : pkg.withProperties(Map.of("targetFramework", framework)));
            }
          }
        }
      } finally {
        reader.close();
      }
    } catch (XMLStreamException e) {
      throw new IOException("cannot parse " + file.path() + ": " + e.getMessage(), e);
    }
    return FileFindings.packages(packages);
  }

  /** A new factory per file: StAX does not promise that a shared factory is thread-safe. */
  private static XMLInputFactory secureFactory() {
    // The JDK's own StAX: providers found on the class path (Woodstox) reject the JAXP access properties.
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    return factory;
  }
}
