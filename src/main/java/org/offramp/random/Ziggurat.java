package org.offramp.random;

/**
 * The tables of the ziggurat method for the standard normal distribution (Marsaglia and Tsang,
 * "The Ziggurat Method for Generating Random Variables", Journal of Statistical Software 5(8),
 * 2000), with 256 layers, as {@link RandomStream#nextGaussian()} uses them.
 *
 * <p>Under {@code f(x) = exp(-x^2/2)} on {@code x >= 0} lie 256 layers of equal area {@link #V}:
 * layer 0 is the base, a rectangle of height {@code f(R)} out to {@link #R} plus the tail beyond
 * it, represented as a rectangle of width {@code X[0] = V / f(R)}; layer {@code i >= 1} is the
 * rectangle {@code [0, X[i]) x [F[i], F[i+1])} with {@code F[i] = f(X[i])}, {@code X[1] = R} and
 * {@code X[256] = 0}. R and V solve the condition that the top layer closes at 0; the values are
 * the paper's, confirmed to 25 digits.
 *
 * <p>The tables are built when the class loads, with {@link StrictMath}, whose results the Java
 * specification fixes: they are the same on every JVM and processor.
 */
final class Ziggurat {
    /** The number of layers. */
    static final int LAYERS = 256;
    /** Where the tail begins. */
    static final double R = 3.6541528853610088;
    /** The area of each layer, in units of {@code f}. */
    static final double V = 0.004928673233974655;
    /** Right edges: {@code X[0] = V / f(R)}, {@code X[1] = R}, decreasing to {@code X[256] = 0}. */
    static final double[] X = new double[LAYERS + 1];
    /** {@code F[i] = f(X[i])} for {@code i >= 1}; {@code F[0] = 0}. */
    static final double[] F = new double[LAYERS + 1];
    /**
     * {@code X[i+1] / X[i]}: a point of layer {@code i} at {@code u X[i]} with {@code u} below this
     * lies under the curve whatever its height.
     */
    static final double[] INSIDE = new double[LAYERS];

    static {
        double f = StrictMath.exp(-0.5 * R * R);
        X[0] = V / f;
        X[1] = R;
        F[1] = f;
        for (int i = 2; i < LAYERS; i++) {
            X[i] = StrictMath.sqrt(-2 * StrictMath.log(V / X[i - 1] + f));
            f = StrictMath.exp(-0.5 * X[i] * X[i]);
            F[i] = f;
        }
        X[LAYERS] = 0;
        F[LAYERS] = 1;
        for (int i = 0; i < LAYERS; i++) {
            INSIDE[i] = X[i + 1] / X[i];
        }
    }

    private Ziggurat() {
    }
}
