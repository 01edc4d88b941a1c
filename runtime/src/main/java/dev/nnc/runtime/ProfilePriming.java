package dev.nnc.runtime;

/**
 * Runs the special functions that generated code calls ({@link Exp}, {@link ExpF}, {@link Expm1}
 * through {@link Tanh}, {@link Functions#softplus}) over arguments that take every branch they
 * have, so that the JIT's profile of each has seen all of them before a training loop is compiled.
 *
 * <p>Why: HotSpot's optimising compiler leaves out branches its profile has never seen taken and
 * puts a trap in their place. A network's forward pass inlines these functions; when training moves
 * its values into a range whose branch was not yet seen (tanh beyond |x| = 1, say, once the weights
 * have grown), the trap throws the whole compiled pass away, the pass runs profiled code again and
 * is compiled anew: on a digits-sized network that happened twice in the first 200 epochs and cost
 * a fifth of the run. Primed, the compiled pass keeps every branch and is compiled once.
 *
 * <p>{@code nnc} primes on a background thread while it reads the command line and the data;
 * results never depend on it (the functions are pure).
 */
public final class ProfilePriming {
    /** Sweeps over the arguments: enough for the interpreter to hand the functions to profiled code. */
    private static final int SWEEPS = 40;
    private static boolean primed;
    /** Keeps the results alive, so that no call is optimised away. */
    private static volatile double sink;

    private ProfilePriming() {
    }

    /** Primes, the first time it is called in this JVM (a few milliseconds): best on a thread of its own. */
    public static void prime() {
        synchronized (ProfilePriming.class) {
            if (primed) {
                return;
            }
            primed = true;
        }
        double[] arguments = arguments();
        double sum = 0.0;
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            for (double x : arguments) {
                sum += Tanh.tanh(x) + Exp.exp(x) + Expm1.expm1(x) + Functions.softplus(x)
                        + ExpF.exp((float) x);
            }
        }
        sink = sum;
    }

    /**
     * Both signs of magnitudes from 2^-60 to 2^11 in quarter powers of two, which cross every
     * threshold of the functions (tiny, |x| < ln2/2, < 1.5 ln2, < 1, exponents below and above 20
     * and 56, overflow), plus 0, the infinities and NaN.
     */
    static double[] arguments() {
        int magnitudes = 4 * 71 + 1;
        double[] arguments = new double[2 * magnitudes + 4];
        for (int m = 0; m < magnitudes; m++) {
            double magnitude = Math.pow(2.0, -60.0 + m / 4.0);
            arguments[2 * m] = magnitude;
            arguments[2 * m + 1] = -magnitude;
        }
        int end = 2 * magnitudes;
        arguments[end] = 0.0;
        arguments[end + 1] = Double.POSITIVE_INFINITY;
        arguments[end + 2] = Double.NEGATIVE_INFINITY;
        arguments[end + 3] = Double.NaN;
        return arguments;
    }
}
