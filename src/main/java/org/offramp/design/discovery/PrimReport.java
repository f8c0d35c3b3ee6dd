package org.offramp.design.discovery;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.offramp.output.chart.ChartFiles;

/**
 * Writes everything about one PRIM search into a folder: the trajectory and the selected box as
 * CSV and Markdown, the trade-off, box-limits and pairs charts as PNG and SVG, and, when given,
 * the resampling stability.
 *
 * <pre>{@code
 * PrimTrajectory t = prim.find(table);
 * int chosen = BoxSelector.maxCoverage(0.8).select(t);
 * List<Path> files = PrimReport.write(t, chosen, prim.stability(t, chosen, 10, 0.5, 42), "1,000 runs", out);
 * }</pre>
 *
 * <p>Files: {@code prim-trajectory.csv/.md}, {@code prim-box.csv/.md},
 * {@code prim-tradeoff.png/.svg}, and, when the box restricts a factor,
 * {@code prim-box-limits.png/.svg} and {@code prim-pairs.png/.svg}; with stability,
 * {@code prim-stability.csv/.md}. Each is written atomically. Stateless and thread-safe.
 */
public final class PrimReport {
    private PrimReport() {
    }

    /**
     * Writes the report.
     *
     * @param trajectory the search
     * @param selected   the selected box's index
     * @param stability  its resampling stability, or null to leave it out
     * @param subtitle   the provenance line of the charts; empty for none
     * @param folder     the folder, created if missing
     * @return the files written, in the order above
     * @throws IOException              if a file cannot be written
     * @throws IllegalArgumentException if the index is out of range
     */
    public static List<Path> write(PrimTrajectory trajectory, int selected, PrimStability stability, String subtitle,
                                   Path folder) throws IOException {
        Objects.requireNonNull(trajectory, "trajectory");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(folder, "folder");
        if (selected < 0 || selected >= trajectory.size()) {
            throw new IllegalArgumentException("selected must be in [0, " + trajectory.size() + "), but was " + selected);
        }
        BoxInspection box = trajectory.inspect(selected);
        List<Path> files = new ArrayList<>();
        files.add(DiscoveryTables.write(folder, "prim-trajectory.csv", DiscoveryTables.trajectoryCsv(trajectory)));
        files.add(DiscoveryTables.write(folder, "prim-trajectory.md",
                DiscoveryTables.trajectoryMarkdown(trajectory, selected)));
        files.add(DiscoveryTables.write(folder, "prim-box.csv", DiscoveryTables.inspectionCsv(box)));
        files.add(DiscoveryTables.write(folder, "prim-box.md", DiscoveryTables.inspectionMarkdown(box)));
        files.addAll(DiscoveryCharts.tradeoff(trajectory, selected, subtitle, folder, "prim-tradeoff").paths());
        if (!box.limits().isEmpty()) {
            ChartFiles limits = DiscoveryCharts.boxLimits(box, subtitle, folder, "prim-box-limits");
            files.addAll(limits.paths());
            files.addAll(DiscoveryCharts.pairs(trajectory, selected, subtitle, folder, "prim-pairs").paths());
        }
        if (stability != null) {
            files.add(DiscoveryTables.write(folder, "prim-stability.csv", DiscoveryTables.stabilityCsv(stability)));
            files.add(DiscoveryTables.write(folder, "prim-stability.md", DiscoveryTables.stabilityMarkdown(stability)));
        }
        return List.copyOf(files);
    }
}
