package org.offramp.design.calibration;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/** Number and table formatting for the calibration writers. Locale-free and stateless. */
final class Text {
    private Text() {
    }

    /** At most four significant digits, no trailing zeros. */
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

    /** The shortest text that reads back to the same double; empty for NaN. */
    static String csv(double value) {
        return Double.isNaN(value) ? "" : Double.toString(value);
    }

    static String csvCell(String text) {
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    static String csvTable(List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        line(sb, header);
        for (List<String> row : rows) {
            line(sb, row);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(csvCell(cells.get(i)));
        }
        sb.append('\n');
    }

    static String markdownTable(List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder("|");
        for (String h : header) {
            sb.append(' ').append(md(h)).append(" |");
        }
        sb.append("\n|");
        for (int i = 0; i < header.size(); i++) {
            sb.append(i == 0 ? "---|" : "---:|");
        }
        sb.append('\n');
        for (List<String> row : rows) {
            sb.append('|');
            for (String c : row) {
                sb.append(' ').append(md(c)).append(" |");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String md(String s) {
        return s.replace("|", "\\|").replace('\n', ' ');
    }
}
