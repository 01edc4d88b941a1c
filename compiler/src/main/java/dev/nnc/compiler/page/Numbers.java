package dev.nnc.compiler.page;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Numbers of a training run as the page writes them: 9 significant digits, no trailing zeros. */
final class Numbers {
    private Numbers() {
    }

    static String text(double x) {
        if (!Double.isFinite(x)) {
            return Double.toString(x);
        }
        if (x == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(x).round(new MathContext(9, RoundingMode.HALF_UP)).stripTrailingZeros();
        double a = Math.abs(x);
        return a < 1e-4 || a >= 1e7 ? d.toString() : d.toPlainString();
    }
}
