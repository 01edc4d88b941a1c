package dev.nnc.cli;

import java.math.BigDecimal;

/** Numbers as people write them on a command line: {@code 0.05}, {@code 2}, {@code 1.0E-9}. */
final class Numbers {
    private Numbers() {
    }

    /** {@code v} without a trailing {@code .0} or exponent where it does not need one. */
    static String plain(double v) {
        if (!Double.isFinite(v) || v == 0 || Math.abs(v) < 1e-6 || Math.abs(v) >= 1e9) {
            return Double.toString(v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** A tenth of {@code v}, exactly as written: 0.05 gives 0.005 (not 0.005000000000000001). */
    static double tenth(double v) {
        return BigDecimal.valueOf(v).movePointLeft(1).doubleValue();
    }
}
