package dev.nnc.runtime;

/**
 * e^x for float classes: the algorithm of glibc's {@code expf} (a 32-entry table of 2^(i/32) and a
 * cubic polynomial, evaluated in double), correctly rounded to float in all but rare cases and
 * cheaper than the double {@link Exp#exp} it would otherwise be rounded from.
 */
public final class ExpF {
    private static final int N = 32;
    private static final double INV_LN2_N = 0x1.71547652b82fep0 * N;
    private static final double SHIFT = 0x1.8p52;
    private static final double C0 = 0x1.c6af84b912394p-5 / N / N / N;
    private static final double C1 = 0x1.ebfce50fac4f3p-3 / N / N;
    private static final double C2 = 0x1.62e42ff0c52d6p-1 / N;
    /** For i in [0, 32): the bits of 2^(i/32), less (i << 52) / 32, so that adding k << 47 scales by 2^(k/32). */
    private static final long[] TABLE = new long[N];

    static {
        for (int i = 0; i < N; i++) {
            TABLE[i] = Double.doubleToRawLongBits(Math.pow(2, i / (double) N)) - (((long) i << 52) / N);
        }
    }

    private ExpF() {
    }

    /** e^x as a float: infinity above about 88.72, 0 below about -103.97. */
    public static float exp(float x) {
        if (!(x < 0x1.62e42ep6f)) {
            return x != x ? x : Float.POSITIVE_INFINITY;
        }
        if (x < -0x1.9fe368p6f) {
            return 0f;
        }
        double z = INV_LN2_N * x;
        double kd = z + SHIFT;
        long ki = Double.doubleToRawLongBits(kd);
        kd -= SHIFT;
        double r = z - kd;
        long t = TABLE[(int) (ki & (N - 1))] + (ki << (52 - 5));
        double s = Double.longBitsToDouble(t);
        double p = C0 * r + C1;
        double r2 = r * r;
        double y = C2 * r + 1;
        y = p * r2 + y;
        return (float) (y * s);
    }
}
