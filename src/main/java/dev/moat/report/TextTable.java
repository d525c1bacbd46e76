package dev.moat.report;

import java.util.ArrayList;
import java.util.List;

/** Renders rows as a box-drawn table; cells may carry ANSI colour, which does not count toward width. */
final class TextTable {

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(List<String> headers) {
    this.headers = List.copyOf(headers);
  }

  void add(List<String> row) {
    rows.add(List.copyOf(row));
  }

  String render() {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = visible(headers.get(i));
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], visible(row.get(i)));
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, widths, '┌', '┬', '┐');
    cells(sb, widths, headers);
    line(sb, widths, '├', '┼', '┤');
    for (List<String> row : rows) {
      cells(sb, widths, row);
    }
    line(sb, widths, '└', '┴', '┘');
    return sb.toString();
  }

  private static void line(StringBuilder sb, int[] widths, char left, char mid, char right) {
    sb.append(left);
    for (int i = 0; i < widths.length; i++) {
      sb.append("─".repeat(widths[i] + 2)).append(i == widths.length - 1 ? right : mid);
    }
    sb.append('\n');
  }

  private static void cells(StringBuilder sb, int[] widths, List<String> row) {
    sb.append('│');
    for (int i = 0; i < widths.length; i++) {
      String cell = row.get(i);
      sb.append(' ').append(cell).append(" ".repeat(widths[i] - visible(cell))).append(" │");
    }
    sb.append('\n');
  }

  private static int visible(String s) {
    return s.replaceAll("\u001B\\[[0-9;]*m", "").length();
  }
}
