package dev.nnc.runtime;

/** Numeric helpers that generated code calls. */
public final class Functions {
    private Functions() {
    }

    /** {@code ln(1 + e^x)} without overflow for large {@code x} or loss of precision for small. */
    public static double softplus(double x) {
        return Math.max(x, 0.0) + Math.log1p(Exp.exp(-Math.abs(x)));
    }
}
