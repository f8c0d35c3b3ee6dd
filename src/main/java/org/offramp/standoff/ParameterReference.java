package org.offramp.standoff;

import java.io.IOException;
import java.nio.file.Path;
import org.offramp.model.ParameterReferences;

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
        md.append(ParameterReferences.tables(Params.all(), "baseline"));
        return md.toString();
    }

    /**
     * Writes the reference to {@code file} atomically: to a temporary file in the same folder, then
     * moved into place, so a reader never sees half a document.
     *
     * @param file the Markdown file to write, usually {@code docs/parameters.md}
     * @throws java.io.IOException if the file or its temporary sibling cannot be written or moved
     */
    public static void write(Path file) throws IOException {
        ParameterReferences.write(file, markdown());
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
