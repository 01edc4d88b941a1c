package dev.nnc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Exp} agrees bit for bit with the reference's exp, where {@link Math#exp} does not. */
class ExpTest {
    private static List<long[]> cases() throws IOException {
        List<long[]> cases = new ArrayList<>();
        try (InputStream in = ExpTest.class.getResourceAsStream("/exp-glibc.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] parts = line.trim().split(" ");
                    cases.add(new long[] {Long.parseUnsignedLong(parts[0], 16), Long.parseUnsignedLong(parts[1], 16)});
                }
            }
        }
        return cases;
    }

    @Test
    void matchesTheReferenceBitForBit() throws IOException {
        List<long[]> cases = cases();
        int mathDiffers = 0;
        for (long[] c : cases) {
            double x = Double.longBitsToDouble(c[0]);
            assertEquals(c[1], Double.doubleToRawLongBits(Exp.exp(x)), () -> "exp(" + x + ")");
            if (Double.doubleToRawLongBits(Math.exp(x)) != c[1]) {
                mathDiffers++;
            }
        }
        assertTrue(cases.size() > 4000, "the sample is there");
        assertTrue(mathDiffers > 2000, "the sample holds the inputs where Math.exp differs: " + mathDiffers);
    }

    @Test
    void specialValues() {
        assertEquals(1.0, Exp.exp(0.0));
        assertEquals(1.0, Exp.exp(-0.0));
        assertEquals(Double.POSITIVE_INFINITY, Exp.exp(710));
        assertEquals(Double.POSITIVE_INFINITY, Exp.exp(Double.POSITIVE_INFINITY));
        assertEquals(0.0, Exp.exp(Double.NEGATIVE_INFINITY));
        assertEquals(0.0, Exp.exp(-746));
        assertTrue(Double.isNaN(Exp.exp(Double.NaN)));
        assertEquals(Double.MIN_VALUE, Exp.exp(-744.44007192138122), 0.0);
        assertEquals(Math.E, Exp.exp(1.0), Math.ulp(Math.E));
    }
}
