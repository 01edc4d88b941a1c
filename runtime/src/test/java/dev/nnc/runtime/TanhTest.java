package dev.nnc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link Tanh} and {@link Expm1} agree bit for bit with glibc's, where the JDK's do not. */
class TanhTest {
    /** Lines of tanh-glibc.txt: bits of x, of tanh(x), of expm1(x). */
    private static List<long[]> cases() throws IOException {
        List<long[]> cases = new ArrayList<>();
        try (InputStream in = TanhTest.class.getResourceAsStream("/tanh-glibc.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] parts = line.trim().split(" ");
                    cases.add(new long[] {Long.parseUnsignedLong(parts[0], 16), Long.parseUnsignedLong(parts[1], 16),
                        Long.parseUnsignedLong(parts[2], 16)});
                }
            }
        }
        return cases;
    }

    @Test
    void tanhMatchesGlibcBitForBit() throws IOException {
        int mathDiffers = 0;
        List<long[]> cases = cases();
        for (long[] c : cases) {
            double x = Double.longBitsToDouble(c[0]);
            assertEquals(c[1], Double.doubleToRawLongBits(Tanh.tanh(x)), () -> "tanh(" + x + ")");
            if (Double.doubleToRawLongBits(Math.tanh(x)) != c[1]) {
                mathDiffers++;
            }
        }
        assertTrue(cases.size() > 3000, "the sample is there: " + cases.size());
        assertTrue(mathDiffers > 400, "the sample holds the inputs where Math.tanh differs: " + mathDiffers);
    }

    @Test
    void expm1MatchesGlibcBitForBit() throws IOException {
        int strictDiffers = 0;
        for (long[] c : cases()) {
            double x = Double.longBitsToDouble(c[0]);
            assertEquals(c[2], Double.doubleToRawLongBits(Expm1.expm1(x)), () -> "expm1(" + x + ")");
            if (Double.doubleToRawLongBits(StrictMath.expm1(x)) != c[2]) {
                strictDiffers++;
            }
        }
        assertTrue(strictDiffers > 400, "the sample holds the inputs where StrictMath.expm1 differs: " + strictDiffers);
    }

    @Test
    void specialValues() {
        assertEquals(0.0, Tanh.tanh(0.0));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(Tanh.tanh(-0.0)));
        assertEquals(1.0, Tanh.tanh(Double.POSITIVE_INFINITY));
        assertEquals(-1.0, Tanh.tanh(Double.NEGATIVE_INFINITY));
        assertTrue(Double.isNaN(Tanh.tanh(Double.NaN)));
        assertEquals(Double.MIN_VALUE, Tanh.tanh(Double.MIN_VALUE));
        assertEquals(1.0, Tanh.tanh(22.0));
        assertEquals(-1.0, Tanh.tanh(-1e300));
        assertEquals(-1.0, Expm1.expm1(-50.0));
        assertEquals(Double.POSITIVE_INFINITY, Expm1.expm1(710.0));
        assertEquals(0x1p-60, Expm1.expm1(0x1p-60));
    }

    @Test
    void isOddMonotoneAndBounded() {
        SplittableRandom random = new SplittableRandom(15);
        for (int i = 0; i < 200_000; i++) {
            double x = random.nextDouble(-25, 25);
            double y = Tanh.tanh(x);
            assertEquals(Double.doubleToRawLongBits(-y), Double.doubleToRawLongBits(Tanh.tanh(-x)), () -> "odd at " + x);
            assertTrue(Math.abs(y) <= 1.0, () -> "bounded at " + x);
            double up = Math.nextUp(x);
            assertTrue(Tanh.tanh(up) >= y, () -> "monotone at " + x);
            // the same algorithm, with and without fused multiply-adds: a few ulps apart at most (at -0.5189009756273109
            // the JDK is 1 ulp above the true value, glibc 2 below)
            assertEquals(Math.tanh(x), y, 3 * Math.ulp(y), () -> "within 3 ulps of Math.tanh at " + x);
        }
    }
}
