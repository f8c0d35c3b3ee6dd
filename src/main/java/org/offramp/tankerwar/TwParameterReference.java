package org.offramp.tankerwar;

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
 * Generates {@code docs/tanker-war/parameters.md}, the reference of every parameter of
 * {@link TwParams}, from the declarations themselves, so that the document cannot drift from the
 * code (a test compares the committed file with {@link #markdown()}).
 *
 * <pre>
 * ./offramp models &gt; /dev/null   # builds target/offramp-cli.jar
 * java -cp target/offramp-cli.jar org.offramp.tankerwar.TwParameterReference docs/tanker-war/parameters.md
 * </pre>
 *
 * <p>Stateless; safe to call from several threads.
 */
public final class TwParameterReference {
    /** The command that regenerates the committed reference. */
    public static final String REGENERATE = "./offramp models > /dev/null && java -cp target/offramp-cli.jar "
            + "org.offramp.tankerwar.TwParameterReference docs/tanker-war/parameters.md";

    private TwParameterReference() {
    }

    /**
     * The reference as Markdown, with "\n" line ends.
     *
     * @return the document
     */
    public static String markdown() {
        Map<String, List<Param>> groups = new LinkedHashMap<>();
        for (Param p : TwParams.all()) {
            String group = p.path().substring(0, Math.max(0, p.path().indexOf('.')));
            groups.computeIfAbsent(group.isEmpty() ? p.path() : group, g -> new ArrayList<>()).add(p);
        }
        StringBuilder md = new StringBuilder();
        md.append("# Tanker War: parameters\n\n")
                .append("<!-- Generated from org.offramp.tankerwar.TwParams; do not edit. Regenerate with:\n")
                .append("     ").append(REGENERATE).append(" -->\n\n")
                .append("Parameters: ").append(TwParams.all().size())
                .append(". The defaults are the hand-calibrated forecast from 1987-07-22 (the embedded scenario ")
                .append("`baseline` of model `tankerwar`); the scenario `preperiod` sets a few of them to replay the ")
                .append("202 days before it. A scenario file (`model: tankerwar`) or `--set PATH=VALUE` may change any ")
                .append("of them within its allowed range.\n\n")
                .append("Reasons cite this model's own documents: **tanker-war calibration §N** is section N of ")
                .append("[calibration.md](calibration.md), the dated public facts known on or before 1987-07-22; ")
                .append("**design §N** is section N of [design.md](design.md); **T1**–**T10** are the calibration ")
                .append("targets of design §9. A reason that says **Assumption** states a modelling choice, not a ")
                .append("sourced fact. Nothing in [record.md](record.md), what happened after day 0, sets a value. ")
                .append("The model itself is described in [ODD.md](ODD.md).\n");
        for (Map.Entry<String, List<Param>> g : groups.entrySet()) {
            md.append("\n## ").append(g.getKey()).append("\n\n")
                    .append("| path | unit | default | allowed | reason |\n")
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
     * Writes the reference to {@code file} whole or not at all: a temporary file in the same folder,
     * then moved into place.
     *
     * @param file the document
     * @throws IOException if it cannot be written
     */
    public static void write(Path file) throws IOException {
        java.util.Objects.requireNonNull(file, "file");
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
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
     * Writes the reference to the file named by the first argument ({@code docs/tanker-war/parameters.md}
     * when there is none).
     *
     * @param args the file, optionally
     * @throws IOException if it cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "docs/tanker-war/parameters.md");
        write(file);
        System.out.println("wrote " + file + " (" + TwParams.all().size() + " parameters)");
    }
}
