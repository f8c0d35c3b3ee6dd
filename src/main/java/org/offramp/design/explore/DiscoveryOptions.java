package org.offramp.design.explore;

import java.util.Locale;
import java.util.Objects;
import org.offramp.design.discovery.BoxSelector;

/**
 * How a discovery analyses its table: PRIM's peeling and pasting, which box is chosen, how many
 * boxes covering looks for, how many resamples test the box's stability, and whether a
 * classification tree (CART) and regional sensitivity analysis (RSA) are added. The values are
 * checked when set, with the library's ranges ({@code Prim.Builder}, {@code Cart.Builder}).
 *
 * <pre>{@code
 * DiscoveryOptions o = DiscoveryOptions.defaults().withPeelAlpha(0.1).withDensity(0.5).withCart(true);
 * DiscoveryOptions last = o.withBox(DiscoveryOptions.BoxChoice.last());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param peelAlpha        share of a box's rows one peel removes, in (0, 0.5)
 * @param pasteAlpha       share of the rows beyond a side one paste adds back, in (0, 0.5)
 * @param massMin          least mass a box keeps, in [0, 1)
 * @param density          the least density of the chosen box (with {@link BoxChoice#byDensity()}) and of
 *                         every box covering keeps, in [0, 1]
 * @param box              which box of the trajectory is chosen
 * @param boxes            the most boxes covering finds, in [1, 20]
 * @param resamples        resamples of half the rows for the stability of the chosen box, in [0, 1000];
 *                         0 for none
 * @param cart             whether to grow a classification tree
 * @param cartMaxDepth     the tree's deepest leaf, in [1, 10]
 * @param cartMinLeafShare least share of the rows in a leaf, in [0, 0.5]
 * @param rsa              whether to add regional sensitivity analysis
 */
public record DiscoveryOptions(double peelAlpha, double pasteAlpha, double massMin, double density, BoxChoice box,
                               int boxes, int resamples, boolean cart, int cartMaxDepth, double cartMinLeafShare,
                               boolean rsa) {

    /** The default PRIM alpha (peeling and pasting), as in the EMA Workbench. */
    public static final double DEFAULT_ALPHA = 0.05;
    /** The default least density of the chosen box. */
    public static final double DEFAULT_DENSITY = 0.8;

    /**
     * Checks every value.
     *
     * @param peelAlpha        share of a box's rows one peel removes, in (0, 0.5)
     * @param pasteAlpha       share of the rows beyond a side one paste adds back, in (0, 0.5)
     * @param massMin          least mass a box keeps, in [0, 1)
     * @param density          the least density of the chosen box (with {@link BoxChoice#byDensity()}) and of every
     *                         box covering keeps, in [0, 1]
     * @param box              which box of the trajectory is chosen
     * @param boxes            the most boxes covering finds, in [1, 20]
     * @param resamples        resamples of half the rows for the stability of the chosen box, in [0, 1000]; 0 for none
     * @param cart             whether to grow a classification tree
     * @param cartMaxDepth     the tree's deepest leaf, in [1, 10]
     * @param cartMinLeafShare least share of the rows in a leaf, in [0, 0.5]
     * @param rsa              whether to add regional sensitivity analysis
     * @throws IllegalArgumentException naming the field and value when one is out of range
     */
    public DiscoveryOptions {
        Objects.requireNonNull(box, "box");
        if (!(peelAlpha > 0 && peelAlpha < 0.5)) {
            throw new IllegalArgumentException("peelAlpha must be in (0, 0.5), but was " + peelAlpha);
        }
        if (!(pasteAlpha > 0 && pasteAlpha < 0.5)) {
            throw new IllegalArgumentException("pasteAlpha must be in (0, 0.5), but was " + pasteAlpha);
        }
        if (!(massMin >= 0 && massMin < 1)) {
            throw new IllegalArgumentException("massMin must be in [0, 1), but was " + massMin);
        }
        if (!(density >= 0 && density <= 1)) {
            throw new IllegalArgumentException("density must be in [0, 1], but was " + density);
        }
        if (boxes < 1 || boxes > 20) {
            throw new IllegalArgumentException("boxes must be in [1, 20], but was " + boxes);
        }
        if (resamples < 0 || resamples > 1000) {
            throw new IllegalArgumentException("resamples must be in [0, 1000], but was " + resamples);
        }
        if (cartMaxDepth < 1 || cartMaxDepth > 10) {
            throw new IllegalArgumentException("cart maxDepth must be in [1, 10], but was " + cartMaxDepth);
        }
        if (!(cartMinLeafShare >= 0 && cartMinLeafShare <= 0.5)) {
            throw new IllegalArgumentException("cart minLeafShare must be in [0, 0.5], but was " + cartMinLeafShare);
        }
    }

    /**
     * The defaults: alphas 0.05, mass at least 5%, the widest box at least 80% dense (the last box if
     * none is), covering up to 3 boxes, 10 resamples, no CART (depth 4, leaves of at least 5% of the
     * rows when asked for) and no RSA.
     *
     * @return the defaults
     */
    public static DiscoveryOptions defaults() {
        return new DiscoveryOptions(DEFAULT_ALPHA, DEFAULT_ALPHA, 0.05, DEFAULT_DENSITY, BoxChoice.byDensity(), 3, 10,
                false, 4, 0.05, false);
    }

    /**
     * A copy with another peeling alpha.
     *
     * @param a share of a box's rows one peel removes, in (0, 0.5)
     * @return the copy, otherwise unchanged
     */
    public DiscoveryOptions withPeelAlpha(double a) {
        return new DiscoveryOptions(a, pasteAlpha, massMin, density, box, boxes, resamples, cart, cartMaxDepth,
                cartMinLeafShare, rsa);
    }

    /**
     * A copy with another pasting alpha.
     *
     * @param a share of the rows beyond a side one paste adds back, in (0, 0.5)
     * @return the copy, otherwise unchanged
     */
    public DiscoveryOptions withPasteAlpha(double a) {
        return new DiscoveryOptions(peelAlpha, a, massMin, density, box, boxes, resamples, cart, cartMaxDepth,
                cartMinLeafShare, rsa);
    }

    /**
     * A copy with another least mass.
     *
     * @param m least mass a box keeps, in [0, 1)
     * @return the copy, otherwise unchanged
     */
    public DiscoveryOptions withMassMin(double m) {
        return new DiscoveryOptions(peelAlpha, pasteAlpha, m, density, box, boxes, resamples, cart, cartMaxDepth,
                cartMinLeafShare, rsa);
    }

    /**
     * A copy with another least density.
     *
     * @param d least density of the chosen box and of every box covering keeps, in [0, 1]
     * @return the copy, otherwise unchanged
     */
    public DiscoveryOptions withDensity(double d) {
        return new DiscoveryOptions(peelAlpha, pasteAlpha, massMin, d, box, boxes, resamples, cart, cartMaxDepth,
                cartMinLeafShare, rsa);
    }

    /**
     * A copy with another box choice.
     *
     * @param b which box of the trajectory is chosen
     * @return the copy, otherwise unchanged
     */
    public DiscoveryOptions withBox(BoxChoice b) {
        return new DiscoveryOptions(peelAlpha, pasteAlpha, massMin, density, b, boxes, resamples, cart, cartMaxDepth,
                cartMinLeafShare, rsa);
    }

    /**
     * A copy with another number of covering boxes.
     *
     * @param n the most boxes covering finds, in [1, 20]
     * @return the copy, otherwise unchanged
     */
    public DiscoveryOptions withBoxes(int n) {
        return new DiscoveryOptions(peelAlpha, pasteAlpha, massMin, density, box, n, resamples, cart, cartMaxDepth,
                cartMinLeafShare, rsa);
    }

    /**
     * A copy with another number of resamples.
     *
     * @param n resamples of half the rows for the chosen box's stability, in [0, 1000]; 0 for none
     * @return the copy, otherwise unchanged
     */
    public DiscoveryOptions withResamples(int n) {
        return new DiscoveryOptions(peelAlpha, pasteAlpha, massMin, density, box, boxes, n, cart, cartMaxDepth,
                cartMinLeafShare, rsa);
    }

    /**
     * A copy with CART on or off.
     *
     * @param on whether to grow a classification tree
     * @return the copy, otherwise unchanged
     */
    public DiscoveryOptions withCart(boolean on) {
        return new DiscoveryOptions(peelAlpha, pasteAlpha, massMin, density, box, boxes, resamples, on, cartMaxDepth,
                cartMinLeafShare, rsa);
    }

    /**
     * A copy with another tree shape.
     *
     * @param maxDepth     the deepest leaf
     * @param minLeafShare the least share of rows in a leaf
     * @return the copy
     */
    public DiscoveryOptions withCartShape(int maxDepth, double minLeafShare) {
        return new DiscoveryOptions(peelAlpha, pasteAlpha, massMin, density, box, boxes, resamples, cart, maxDepth,
                minLeafShare, rsa);
    }

    /**
     * A copy with RSA on or off.
     *
     * @param on whether to add regional sensitivity analysis
     * @return the copy, otherwise unchanged
     */
    public DiscoveryOptions withRsa(boolean on) {
        return new DiscoveryOptions(peelAlpha, pasteAlpha, massMin, density, box, boxes, resamples, cart, cartMaxDepth,
                cartMinLeafShare, on);
    }

    /**
     * The selector of the chosen box (also covering's).
     *
     * @return the selector
     */
    public BoxSelector selector() {
        return switch (box.kind()) {
            case DENSITY -> BoxSelector.maxCoverage(density);
            case LAST -> BoxSelector.last();
            case INDEX -> BoxSelector.at(box.index());
        };
    }

    /**
     * Which box of a trajectory is chosen.
     *
     * @param kind  by density, the last, or a position
     * @param index the position for {@link Kind#INDEX}, else -1
     */
    public record BoxChoice(Kind kind, int index) {
        /** The ways to choose. */
        public enum Kind {
            /** The widest box at least {@link DiscoveryOptions#density()} dense; the last box if none is. */
            DENSITY,
            /** The last box of the trajectory (the EMA Workbench's default). */
            LAST,
            /** A position on the trajectory (the last box when beyond it). */
            INDEX
        }

        /**
         * Checks the index.
         *
         * @param kind  by density, the last, or a position
         * @param index the position for {@link Kind#INDEX}, else -1
         * @throws IllegalArgumentException if it does not fit the kind
         */
        public BoxChoice {
            Objects.requireNonNull(kind, "kind");
            if (kind == Kind.INDEX ? index < 0 : index != -1) {
                throw new IllegalArgumentException("index must be >= 0 for INDEX and -1 otherwise, but was " + index);
            }
        }

        /**
         * {@return the choice of the widest box at least as dense as {@link DiscoveryOptions#density()}, or the last
         * box when none is}
         */
        public static BoxChoice byDensity() {
            return new BoxChoice(Kind.DENSITY, -1);
        }

        /**
         * {@return the choice of the trajectory's last box}
         */
        public static BoxChoice last() {
            return new BoxChoice(Kind.LAST, -1);
        }

        /**
         * The box at a position of the trajectory.
         *
         * @param index the position, at least 0; the last box when beyond the trajectory
         * @return the choice
         */
        public static BoxChoice at(int index) {
            return new BoxChoice(Kind.INDEX, index);
        }

        /**
         * In words, for tables and provenance.
         *
         * @param density the least density of a choice by density
         * @return e.g. "the widest box at least 50.0% dense"
         */
        public String describe(double density) {
            return switch (kind) {
                case DENSITY -> String.format(Locale.ROOT, "the widest box at least %.1f%% dense", 100 * density);
                case LAST -> "the last box of the trajectory";
                case INDEX -> "box " + index + " of the trajectory";
            };
        }
    }
}
