package org.offramp.output.chart;

import java.nio.file.Path;
import java.util.List;

/**
 * The files one chart was written to.
 *
 * <p>Immutable and thread-safe.
 *
 * @param png the PNG image
 * @param svg the SVG image
 */
public record ChartFiles(Path png, Path svg) {

    /**
     * Checks the arguments.
     *
     * @param png the PNG image
     * @param svg the SVG image
     * @throws IllegalArgumentException if a path is null
     */
    public ChartFiles {
        Checks.notNull("png", png);
        Checks.notNull("svg", svg);
    }

    /** {@return both paths, PNG first} */
    public List<Path> paths() {
        return List.of(png, svg);
    }
}
