package dev.nnc.runtime;

/**
 * e^x - 1, bit for bit as the reference's glibc computes it: fdlibm's algorithm as glibc writes it
 * (its polynomial in Estrin's form) and as its x86-64 build compiles it, with every multiply that
 * feeds an addition fused ({@link Math#fma}). {@link StrictMath#expm1}, fdlibm's without fusion,
 * differs from it in the last bit about once in 2,000 calls. {@link Tanh} is built on it.
 *
 * <p>x = k ln2 + r with |r| <= ln2/2; e^r - 1 from a rational approximation of r/(e^r - 1) in
 * r^2/2 (the coefficients Q1..Q5), then scaled by 2^k with a correction term.
 */
public final class Expm1 {
    private static final double LN2_HI = 0x1.62e42feep-1;
    private static final double LN2_LO = 0x1.a39ef35793c76p-33;
    private static final double INV_LN2 = 0x1.71547652b82fep0;
    private static final double OVERFLOW = 0x1.62e42fefa39efp9;
    private static final double Q1 = -0x1.11111111110f4p-5;
    private static final double Q2 = 0x1.a01a019fe5585p-10;
    private static final double Q3 = -0x1.4ce199eaadbb7p-14;
    private static final double Q4 = 0x1.0cfca86e65239p-18;
    private static final double Q5 = -0x1.afdb76e09c32dp-23;

    private Expm1() {
    }

    private static int high(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    /** {@code x} with {@code k} added to its exponent (x normal, the result too). */
    private static double scaled(double x, int k) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) + ((long) k << 52));
    }

    /** e^x - 1. */
    public static double expm1(double x) {
        int hx = high(x);
        boolean negative = hx < 0;
        hx &= 0x7fffffff;
        if (hx >= 0x4043687a) {
            if (hx >= 0x40862e42) {
                if (hx >= 0x7ff00000) {
                    return x != x ? x + x : negative ? -1.0 : x;
                }
                if (x > OVERFLOW) {
                    return Double.POSITIVE_INFINITY;
                }
            }
            if (negative) {
                return -1.0;
            }
        }
        int k;
        double c = 0;
        if (hx > 0x3fd62e42) {
            double hi;
            if (hx < 0x3ff0a2b2) {
                k = negative ? -1 : 1;
                hi = negative ? x + LN2_HI : x - LN2_HI;
                double lo = negative ? -LN2_LO : LN2_LO;
                x = hi - lo;
                c = (hi - x) - lo;
            } else {
                k = (int) Math.fma(INV_LN2, x, negative ? -0.5 : 0.5);
                double t = k;
                hi = Math.fma(-t, LN2_HI, x);
                x = Math.fma(-t, LN2_LO, hi);
                c = Math.fma(-t, LN2_LO, hi - x);
            }
        } else if (hx < 0x3c900000) {
            return x;
        } else {
            k = 0;
        }
        return reduced(x, c, k);
    }

    /** e^(x + c) 2^k - 1 for the reduced argument x (|x| <= ln2/2) and its correction c. */
    private static double reduced(double x, double c, int k) {
        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double h2 = hxs * hxs;
        double h4 = h2 * h2;
        double r1 = Math.fma(h4, Math.fma(hxs, Q5, Q4),
                Math.fma(h2, Math.fma(hxs, Q3, Q2), Math.fma(hxs, Q1, 1.0)));
        double t = Math.fma(-r1, hfx, 3.0);
        double e = hxs * ((r1 - t) / Math.fma(-x, t, 6.0));
        if (k == 0) {
            return x - Math.fma(x, e, -hxs);
        }
        e = Math.fma(x, e - c, -c);
        e -= hxs;
        if (k == -1) {
            return Math.fma(0.5, x - e, -0.5);
        }
        if (k == 1) {
            return x < -0.25 ? -2.0 * (e - (x + 0.5)) : Math.fma(2.0, x - e, 1.0);
        }
        if (k <= -2 || k > 56) {
            return scaled(1.0 - (e - x), k) - 1.0;
        }
        if (k < 20) {
            double oneLess = Double.longBitsToDouble((long) (0x3ff00000 - (0x200000 >> k)) << 32);
            return scaled(oneLess - (e - x), k);
        }
        double ulp = Double.longBitsToDouble((long) ((0x3ff - k) << 20) << 32);
        return scaled(x - (e + ulp) + 1.0, k);
    }
}
