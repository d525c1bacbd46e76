package dev.moat.ecosystem.npm;

import dev.moat.analyze.AnalyzedFile;
import dev.moat.analyze.FileAnalyzer;
import dev.moat.analyze.FileFindings;
import dev.moat.sbom.Package;
import java.io.IOException;
import java.util.List;

/**
 * Finds installed npm packages: {@code node_modules/<name>/package.json} and
 * {@code node_modules/@scope/<name>/package.json}, at any depth of nested node_modules. Other
 * package.json files (a package's test fixtures, the project itself) are not installed packages.
 */
public final class NodeModulesAnalyzer implements FileAnalyzer {

  private static final String FILE = "/package.json";
  private static final String NODE_MODULES = "/node_modules/";
  private static final long MAX_SIZE = 8L << 20;

  @Override
  public String name() {
    return "npm-pkg";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public boolean accepts(String path, long size) {
    if (size > MAX_SIZE || !path.endsWith(FILE)) {
      return false;
    }
    int nameEnd = path.length() - FILE.length();
    int nameStart = path.lastIndexOf('/', nameEnd - 1) + 1;
    if (nameStart <= 0 || nameStart == nameEnd || path.charAt(nameStart) == '.' || path.charAt(nameStart) == '@') {
      return false;
    }
    if (isNodeModulesBefore(path, nameStart)) {
      return true;
    }
    int scopeStart = path.lastIndexOf('/', nameStart - 2) + 1;
    return scopeStart > 0 && path.charAt(scopeStart) == '@' && scopeStart + 1 < nameStart - 1
        && isNodeModulesBefore(path, scopeStart);
  }

  /** Whether the path segment starting at {@code segmentStart} is preceded by {@code /node_modules/}. */
  private static boolean isNodeModulesBefore(String path, int segmentStart) {
    int at = segmentStart - NODE_MODULES.length();
    return at >= 0 && path.startsWith(NODE_MODULES, at);
  }

  @Override
  public FileFindings analyze(AnalyzedFile file) throws IOException {
    List<Package> packages = PackageJson.of(NpmJson.readJson(file.content()))
        .map(p -> Package.of("npm", p.name(), p.version(), file.path()).withLicenses(p.licenses()))
        .stream().toList();
    return FileFindings.packages(packages);
  }
}
