package dev.nnc.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Compares a network's analytic gradient with central finite differences, parameter by parameter
 * on every sample. The five-point stencil {@code (8(L(p+h) - L(p-h)) - (L(p+2h) - L(p-2h))) / 12h}
 * is accurate to O(h^4), so rounding, not truncation, bounds its error (about 1e-11). Where the
 * stencil straddles a kink (relu near 0) the estimate is wrong, so a disagreement is retried with
 * steps ten and a hundred times smaller; exactly at a kink, where the language defines the
 * derivative as one of the one-sided ones, second-order one-sided differences are tried too. At a
 * smooth point every estimate agrees, so a wrong gradient disagrees with all of them.
 *
 * <p>A class computing in float ({@code precision float}) rounds every loss to 24 bits, so its
 * check takes {@link Settings#FLOAT}: steps a thousand times larger (a power of two, so that
 * {@code p + h} is exact in float) and a floor and tolerance to match.
 */
public final class GradientCheck {
    /** The step h, relative to the parameter's size (at least this much absolutely). */
    public static final double STEP = 1e-5;
    /** Gradients smaller than this are compared absolutely rather than relatively. */
    public static final double FLOOR = 1e-3;

    /**
     * How finely to check: the step h relative to the parameter's size, the floor below which
     * gradients are compared absolutely, the error that needs no retry with smaller steps, and the
     * largest error a correct gradient shows.
     */
    public record Settings(double step, double floor, double good, double tolerance) {
        /** For a class computing in double. */
        public static final Settings DOUBLE = new Settings(STEP, FLOOR, 1e-7, 1e-6);
        /**
         * For a class computing in float: h = 2^-4 of the parameter (a loss rounded to a few float
         * ulps then moves the estimate by about 1e-5), gradients under 0.02 compared absolutely,
         * errors to 5e-3.
         */
        public static final Settings FLOAT = new Settings(0x1p-4, 2e-2, 1e-3, 5e-3);
    }

    private GradientCheck() {
    }

    /**
     * The worst disagreement found.
     *
     * @param error relative error {@code |analytic - numeric| / max(|analytic|, |numeric|, FLOOR)}
     * @param parameter index of the parameter where it is worst (-1 if none was trainable)
     * @param sample index of the sample where it is worst
     */
    public record Report(double error, int parameter, int sample, double analytic, double numeric) {
    }

    /** Checks every trainable parameter of {@code network} on every sample of {@code data}; restores parameters. */
    public static Report check(Network network, Dataset data) {
        return check(network, data, Settings.DOUBLE);
    }

    /** {@link #check(Network, Dataset)} with {@code settings}. */
    public static Report check(Network network, Dataset data, Settings settings) {
        return checkSamples(network, data, settings, 0, data.size());
    }

    /**
     * {@link #check(Network, Dataset, Settings)} cut into up to {@code parts} runs of consecutive
     * samples, the first checked on {@code network}, each other on its own {@link Network#copy()}:
     * run them on any threads, and merge their reports in order with {@link #worse}, for the report
     * of the whole check.
     */
    public static List<Callable<Report>> parts(Network network, Dataset data, Settings settings, int parts) {
        int n = data.size();
        int count = Math.max(1, Math.min(parts, n));
        List<Callable<Report>> jobs = new ArrayList<>();
        for (int part = 0; part < count; part++) {
            int from = (int) ((long) n * part / count);
            int to = (int) ((long) n * (part + 1) / count);
            Network checked = part == 0 ? network : network.copy();
            jobs.add(() -> checkSamples(checked, data, settings, from, to));
        }
        return jobs;
    }

    /**
     * Of two disagreements, {@code earlier} found first: the one to report. The worst disagreement is
     * the first NaN, else the largest error (the first of equal ones, in sample then parameter order).
     */
    public static Report worse(Report earlier, Report later) {
        if (Double.isNaN(earlier.error())) {
            return earlier;
        }
        return Double.isNaN(later.error()) || later.error() > earlier.error() ? later : earlier;
    }

    /** The worst disagreement on samples {@code from} to {@code to} (exclusive); restores the parameters. */
    private static Report checkSamples(Network network, Dataset data, Settings settings, int from, int to) {
        double[] original = network.parameters();
        double[] values = original.clone();
        boolean[] trainable = network.trainable();
        double[] analytic = new double[original.length];
        Report worst = new Report(0, -1, 0, 0, 0);
        try {
            for (int s = from; s < to; s++) {
                network.setParameters(original);
                network.gradient(data.input(s), data.target(s), analytic);
                for (int p = 0; p < original.length; p++) {
                    if (!trainable[p]) {
                        continue;
                    }
                    Report best = null;
                    for (double step = settings.step(); step >= settings.step() / 100
                            && (best == null || best.error() > settings.good()); step /= 10) {
                        double numeric = numeric(network, values, p, step, data.input(s), data.target(s));
                        double error = Math.abs(analytic[p] - numeric)
                                / Math.max(settings.floor(), Math.max(Math.abs(analytic[p]), Math.abs(numeric)));
                        if (best == null || error < best.error() || Double.isNaN(best.error())) {
                            best = new Report(error, p, s, analytic[p], numeric);
                        }
                    }
                    if (best.error() > settings.good()) {
                        for (int side = -1; side <= 1; side += 2) {
                            double numeric = oneSided(network, values, p, side * settings.step() / 10,
                                    data.input(s), data.target(s));
                            double error = Math.abs(analytic[p] - numeric)
                                    / Math.max(settings.floor(), Math.max(Math.abs(analytic[p]), Math.abs(numeric)));
                            if (error < best.error()) {
                                best = new Report(error, p, s, analytic[p], numeric);
                            }
                        }
                    }
                    worst = worse(worst, best);
                }
            }
        } finally {
            network.setParameters(original);
        }
        return worst;
    }

    private static double numeric(Network network, double[] values, int p, double step, double[] x, double[] t) {
        double h = step * Math.max(1.0, Math.abs(values[p]));
        double near = shifted(network, values, p, h, x, t) - shifted(network, values, p, -h, x, t);
        double far = shifted(network, values, p, 2 * h, x, t) - shifted(network, values, p, -2 * h, x, t);
        return (8 * near - far) / (12 * h);
    }

    /** {@code (-3L(p) + 4L(p+h) - L(p+2h)) / 2h} to the right ({@code step} above 0) or its mirror to the left. */
    private static double oneSided(Network network, double[] values, int p, double step, double[] x, double[] t) {
        double h = step * Math.max(1.0, Math.abs(values[p]));
        double at = shifted(network, values, p, 0, x, t);
        return (-3 * at + 4 * shifted(network, values, p, h, x, t) - shifted(network, values, p, 2 * h, x, t)) / (2 * h);
    }

    /** The loss with parameter {@code p} moved by {@code by}; {@code values} (the parameters) are left as they were. */
    private static double shifted(Network network, double[] values, int p, double by, double[] x, double[] t) {
        double at = values[p];
        values[p] = at + by;
        network.setParameters(values);
        values[p] = at;
        return network.loss(x, t);
    }
}
