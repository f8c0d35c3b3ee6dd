package org.offramp.standoff;

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
import org.offramp.model.Param;

/**
 * Generates {@code docs/parameters.md}, the reference of every parameter of {@link Params}, from
 * the declarations themselves, so that the document cannot drift from the code (a test compares
 * the committed file with {@link #markdown()}).
 *
 * <pre>
 * mvn -q compile
 * java -cp target/classes org.offramp.standoff.ParameterReference docs/parameters.md
 * </pre>
 *
 * <p>Parameters are grouped by the first segment of their path, groups in order of first
 * declaration. Stateless; safe to call from several threads.
 */
public final class ParameterReference {
    /** The command that regenerates the committed reference. */
    public static final String REGENERATE =
            "mvn -q compile && java -cp target/classes org.offramp.standoff.ParameterReference docs/parameters.md";

    private ParameterReference() {
    }

    /** {@return the reference as Markdown, with "\n" line ends} */
    public static String markdown() {
        Map<String, List<Param>> groups = new LinkedHashMap<>();
        for (Param p : Params.all()) {
            String group = p.path().substring(0, Math.max(0, p.path().indexOf('.')));
            groups.computeIfAbsent(group.isEmpty() ? p.path() : group, g -> new ArrayList<>()).add(p);
        }
        StringBuilder md = new StringBuilder();
        md.append("# Parameters\n\n")
                .append("<!-- Generated from org.offramp.standoff.Params; do not edit. Regenerate with:\n")
                .append("     ").append(REGENERATE).append(" -->\n\n")
                .append("Parameters: ").append(Params.count())
                .append(". Every scenario sets each of them. The baseline is the calibrated value for 2019-05-17; a scenario file ")
                .append("or `--set PATH=VALUE` may change any of them within its allowed range ")
                .append("(see [scenarios.md](scenarios.md)).\n\n")
                .append("Reasons cite the project's own documents. **calibration §N** is section N of ")
                .append("[calibration.md](calibration.md), the dated public facts known on or before 2019-05-17 ")
                .append("that the baseline rests on; **ODD §N** is section N of [ODD.md](ODD.md), the model's ")
                .append("description (\"ODD §1, pattern N\" is one of the stylized facts of its section 1). ")
                .append("**Ignatius, May 2019** is the Washington Post column the model follows (calibration §7). ")
                .append("A reason that says **Assumption** states a modelling choice, not a sourced fact.\n");
        for (Map.Entry<String, List<Param>> g : groups.entrySet()) {
            md.append("\n## ").append(g.getKey()).append("\n\n")
                    .append("| path | unit | baseline | allowed | reason |\n")
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
     * Writes the reference to {@code file} atomically: to a temporary file in the same folder, then
     * moved into place, so a reader never sees half a document.
     *
     * @param file the Markdown file to write, usually {@code docs/parameters.md}
     * @throws java.io.IOException if the file or its temporary sibling cannot be written or moved
     */
    public static void write(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        // Created the plain way, so the document gets the permissions the umask gives a new file
        // (Files.createTempFile would make it readable by its owner only).
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.writeString(tmp, markdown(), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Writes the reference to the file named by the first argument ({@code docs/parameters.md}
     * when there is none).
     *
     * @param args the output file as the first argument, or none
     * @throws java.io.IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "docs/parameters.md");
        write(file);
        System.out.println("wrote " + file + " (" + Params.count() + " parameters)");
    }
}
