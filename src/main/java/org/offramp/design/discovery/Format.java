package org.offramp.design.discovery;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;

/** Number and table formatting shared by the discovery classes. Locale-free and stateless. */
final class Format {
    private Format() {
    }

    /**
     * A number for reading: at most four significant digits, no trailing zeros, no exponent for
     * ordinary magnitudes (0.42, 12.5, 3, 1.235E+7).
     */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros();
        double magnitude = Math.abs(value);
        return magnitude >= 1e-4 && magnitude < 1e7 ? rounded.toPlainString() : rounded.toString();
    }

    /** A number for CSV: the shortest text that reads back to the same double; empty for NaN. */
    static String csv(double value) {
        return Double.isNaN(value) ? "" : Double.toString(value);
    }

    /** A share as a percentage with one decimal. */
    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    /** A p-value for reading: three significant digits, "< 1e-10" below that, "-" for NaN. */
    static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "-";
        }
        if (p < 1e-10) {
            return "< 1e-10";
        }
        return new BigDecimal(p).round(new MathContext(3)).stripTrailingZeros().toString().replace("E", "e");
    }

    /** A CSV cell, quoted when it holds a comma, quote or line break. */
    static String csvCell(String text) {
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** A Markdown cell: pipes escaped, line breaks as spaces. */
    static String mdCell(String text) {
        return text.replace("|", "\\|").replace('\n', ' ').replace('\r', ' ');
    }

    /** A CSV document: a header and rows, each line ended by a line feed. */
    static String csvTable(List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        appendCsvLine(sb, header);
        for (List<String> row : rows) {
            appendCsvLine(sb, row);
        }
        return sb.toString();
    }

    private static void appendCsvLine(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(csvCell(cells.get(i)));
        }
        sb.append('\n');
    }

    /**
     * A Markdown table; the first column left-aligned, the others right-aligned unless listed in
     * {@code leftColumns}.
     */
    static String markdownTable(List<String> header, List<List<String>> rows, int... leftColumns) {
        StringBuilder sb = new StringBuilder("|");
        for (String h : header) {
            sb.append(' ').append(mdCell(h)).append(" |");
        }
        sb.append("\n|");
        for (int i = 0; i < header.size(); i++) {
            boolean left = i == 0;
            for (int c : leftColumns) {
                left |= c == i;
            }
            sb.append(left ? "---|" : "---:|");
        }
        sb.append('\n');
        for (List<String> row : rows) {
            sb.append('|');
            for (String cell : row) {
                sb.append(' ').append(mdCell(cell)).append(" |");
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
