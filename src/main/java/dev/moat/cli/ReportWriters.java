package dev.moat.cli;

import dev.moat.report.CycloneDxReportWriter;
import dev.moat.report.JsonReportWriter;
import dev.moat.report.ReportFormat;
import dev.moat.report.SarifReportWriter;
import dev.moat.report.ScanReport;
import dev.moat.report.TableReportWriter;
import dev.moat.sbom.SbomFormat;
import dev.moat.sbom.SbomWriter;
import java.io.IOException;
import java.io.OutputStream;

/** Picks the writer for a report format; {@code colour} only matters for the table. */
final class ReportWriters {

  private ReportWriters() {}

  static void write(ScanReport report, ReportFormat format, boolean colour, OutputStream out) throws IOException {
    switch (format) {
      case TABLE -> new TableReportWriter(colour).write(report, out);
      case JSON -> new JsonReportWriter().write(report, out);
      case SARIF -> new SarifReportWriter().write(report, out);
      case CYCLONEDX -> new CycloneDxReportWriter().write(report, out);
      case SPDX -> new SbomWriter(report.toolVersion()).write(report.inventory(), SbomFormat.SPDX, out);
    }
  }
}
