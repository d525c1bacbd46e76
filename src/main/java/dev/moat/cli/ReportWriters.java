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

/** Picks the writer for a report format; colour only for a table on a terminal. */
final class ReportWriters {

  private ReportWriters() {}

  static void write(ScanReport report, ReportFormat format, OutputStream out) throws IOException {
    switch (format) {
      case TABLE -> new TableReportWriter(System.console() != null && Boolean.getBoolean("moat.stderr.tty"))
          .write(report, out);
      case JSON -> new JsonReportWriter().write(report, out);
      case SARIF -> new SarifReportWriter().write(report, out);
      case CYCLONEDX -> new CycloneDxReportWriter().write(report, out);
      case SPDX -> new SbomWriter(report.toolVersion()).write(report.inventory(), SbomFormat.SPDX, out);
    }
  }
}
