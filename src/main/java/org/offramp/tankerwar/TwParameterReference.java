package org.offramp.tankerwar;

import java.io.IOException;
import java.nio.file.Path;
import org.offramp.model.ParameterReferences;

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
        md.append(ParameterReferences.tables(TwParams.all(), "default"));
        return md.toString();
    }

    /**
     * Writes the reference to {@code file} whole or not at all: a temporary file in the same folder,
     * then moved into place.
     *
     * @param file the document
     * @throws IOException if it cannot be written
     */
    public static void write(Path file) throws IOException {
        ParameterReferences.write(file, markdown());
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
