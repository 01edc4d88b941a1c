package dev.nnc.compiler.explain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as the tutorials print them: nine decimal places with trailing zeros dropped
 * ({@code 0.74136507}, {@code 0.000438568}), and nine significant digits in scientific notation
 * where nine decimals would hide the value or run long.
 */
final class Num {
    private static final int DECIMALS = 9;

    private Num() {
    }

    /** {@code x} in LaTeX: {@code 0.35891648}, {@code -0.038098236}, {@code 1.5 \times 10^{-7}}. */
    static String tex(double x) {
        if (Double.isNaN(x)) {
            return "\\text{NaN}";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "\\infty" : "-\\infty";
        }
        if (!scientific(x)) {
            return fixed(x);
        }
        String[] parts = mantissaExponent(x);
        String power = "10^{" + parts[1] + "}";
        if (parts[0].equals("1") || parts[0].equals("-1")) {
            return parts[0].replace("1", "") + power;
        }
        return parts[0] + " \\times " + power;
    }

    /**
     * Terms added up, each written with its own sign: {@code a + b} and, for a term that starts with a
     * minus sign, {@code a - b} rather than {@code a + -b}.
     */
    static String sum(java.util.List<String> terms) {
        StringBuilder sum = new StringBuilder();
        for (String term : terms) {
            if (sum.length() == 0) {
                sum.append(term);
            } else if (term.startsWith("-")) {
                sum.append(" - ").append(term.substring(1));
            } else {
                sum.append(" + ").append(term);
            }
        }
        return sum.toString();
    }

    /** {@code x} as a factor in a product: negative numbers in parentheses. */
    static String factor(double x) {
        return x < 0 || (x == 0 && 1 / x < 0) ? "(" + tex(x) + ")" : tex(x);
    }

    /** {@code x} as plain text, for tables and prose: {@code 0.35891648}, {@code 1.5e-7}. */
    static String plain(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.toString(x);
        }
        if (!scientific(x)) {
            return fixed(x);
        }
        String[] parts = mantissaExponent(x);
        return parts[0] + "e" + parts[1];
    }

    private static boolean scientific(double x) {
        double a = Math.abs(x);
        return a != 0 && (a < 1e-4 || a >= 1e7);
    }

    private static String fixed(double x) {
        if (x == 0) {
            return "0";
        }
        String s = new BigDecimal(x).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    private static String[] mantissaExponent(double x) {
        BigDecimal rounded = new BigDecimal(x).round(new MathContext(DECIMALS, RoundingMode.HALF_UP));
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
        return new String[] {mantissa.toPlainString(), Integer.toString(exponent)};
    }
}
