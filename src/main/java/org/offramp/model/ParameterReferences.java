package org.offramp.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What every model's generated parameter reference shares: the tables of its parameters, grouped by
 * the first segment of their path (groups in order of first declaration), and writing the document
 * whole or not at all. A model supplies its own title and introduction. Stateless; safe to call from
 * several threads.
 */
public final class ParameterReferences {
    private ParameterReferences() {
    }

    /**
     * The parameters as Markdown tables, one section ({@code ## group}) per first path segment, each
     * row giving path, unit, default value, allowed values and reason.
     *
     * @param params      the parameters, in declaration order
     * @param valueColumn the heading of the default value's column (for example "baseline" or "default")
     * @return the sections, each starting with a blank line, with "\n" line ends
     */
    public static String tables(List<Param> params, String valueColumn) {
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(valueColumn, "valueColumn");
        Map<String, List<Param>> groups = new LinkedHashMap<>();
        for (Param p : params) {
            String group = p.path().substring(0, Math.max(0, p.path().indexOf('.')));
            groups.computeIfAbsent(group.isEmpty() ? p.path() : group, g -> new ArrayList<>()).add(p);
        }
        StringBuilder md = new StringBuilder();
        for (Map.Entry<String, List<Param>> g : groups.entrySet()) {
            md.append("\n## ").append(g.getKey()).append("\n\n")
                    .append("| path | unit | ").append(valueColumn).append(" | allowed | reason |\n")
                    .append("|---|---|---|---|---|\n");
            for (Param p : g.getValue()) {
                md.append("| `").append(p.path()).append("` | ").append(cell(p.unit()))
                        .append(" | ").append(p.format(p.defaultValue()))
                        .append(" | ").append(cell(p.allowed()))
                        .append(" | ").append(cell(p.reason())).append(" |\n");
            }
        }
        return md.toString();
    }

    /** A table cell: pipes escaped, line breaks flattened, so a reason cannot break the table. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
    }

    /**
     * Writes a document whole or not at all: to a temporary file in the same folder, then moved into
     * place, so a reader never sees half of it. The temporary file is created the plain way, so the
     * document gets the permissions the umask gives a new file ({@code Files.createTempFile} would
     * make it readable by its owner only).
     *
     * @param file the file to write; its folder is created if missing
     * @param text the document
     * @throws IOException if the file or its temporary sibling cannot be written or moved
     */
    public static void write(Path file, String text) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
