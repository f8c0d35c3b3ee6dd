package org.offramp.design;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.offramp.io.AtomicFiles;

/** Small formatting and file helpers shared by the result classes. Stateless. */
final class Tables {
    private Tables() {
    }

    /** A number for CSV: shortest round-trip form, locale-free. */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return Double.toString(v);
    }

    /** A share as a percentage for Markdown, one decimal. */
    static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    /** A signed percentage-point difference with its interval, for Markdown. */
    static String pp(double d, double lo, double hi) {
        return String.format(Locale.ROOT, "%+.1f [%+.1f, %+.1f]", 100 * d, 100 * lo, 100 * hi);
    }

    static String markdown(List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("| ").append(String.join(" | ", header)).append(" |\n|");
        for (int i = 0; i < header.size(); i++) {
            sb.append(i == 0 ? "---|" : "---:|");
        }
        sb.append('\n');
        for (List<String> r : rows) {
            sb.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        return sb.toString();
    }

    static String csvCell(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    static Path write(Path dir, String file, String text) {
        try {
            Files.createDirectories(dir);
            return AtomicFiles.writeString(dir.resolve(file), text);
        } catch (IOException e) {
            throw new DesignException("cannot write " + dir.resolve(file) + ": " + e.getMessage(), e);
        }
    }
}
