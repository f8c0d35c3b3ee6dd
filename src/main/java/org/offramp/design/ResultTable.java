package org.offramp.design;

import java.util.List;
import java.util.Objects;

/**
 * A result table of a policy experiment as cells: what its Markdown file, the terminal and the HTML
 * report show. Cells may hold Markdown code spans ({@code `path`}); the note is one paragraph that
 * says what the numbers are.
 *
 * <pre>{@code
 * ResultTable t = ComparisonWriter.table(result);
 * String md = t.markdown();           // the text of comparison.md, without its provenance line
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param header the column names
 * @param rows   the rows, each as long as the header
 * @param note   the paragraph under the table (may be empty)
 */
public record ResultTable(List<String> header, List<List<String>> rows, String note) {
    /**
     * Checks and copies the arguments.
     *
     * @param header the column names
     * @param rows   the rows, each as long as the header
     * @param note   the paragraph under the table (may be empty)
     * @throws IllegalArgumentException if a row is not as long as the header
     */
    public ResultTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        Objects.requireNonNull(note, "note");
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).size() != header.size()) {
                throw new IllegalArgumentException("rows[" + r + "] must have " + header.size() + " cells (one per"
                        + " column), but had " + rows.get(r).size());
            }
        }
    }

    /**
     * The table as Markdown: the pipe table (the first column left-aligned, the others right), then a
     * blank line and the note.
     *
     * @return the text, ending with a line break
     */
    public String markdown() {
        return Tables.markdown(header, rows) + (note.isEmpty() ? "" : "\n" + note + "\n");
    }
}
