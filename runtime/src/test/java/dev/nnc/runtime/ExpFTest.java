package dev.nnc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The float e^x against e^x in double rounded to float: within one float ulp everywhere, exact at the edges. */
class ExpFTest {
    @Test
    void withinOneUlpOfTheRoundedDoubleExp() {
        Random random = new Random(12);
        int exact = 0;
        int n = 1_000_000;
        for (int i = 0; i < n; i++) {
            float x = (float) (random.nextDouble() * 200 - 100);
            float want = (float) Math.exp(x);
            float got = ExpF.exp(x);
            assertTrue(got == want || Math.abs(got - want) <= Math.ulp(want), x + ": " + got + " vs " + want);
            exact += got == want ? 1 : 0;
        }
        assertTrue(exact > 0.99 * n, "correctly rounded in " + exact + " of " + n);
    }

    @Test
    void edges() {
        assertEquals(1f, ExpF.exp(0f));
        assertEquals(Float.POSITIVE_INFINITY, ExpF.exp(89f));
        assertEquals(Float.POSITIVE_INFINITY, ExpF.exp(Float.POSITIVE_INFINITY));
        assertEquals(0f, ExpF.exp(-104f));
        assertEquals(0f, ExpF.exp(Float.NEGATIVE_INFINITY));
        assertTrue(Float.isNaN(ExpF.exp(Float.NaN)));
        assertEquals((float) Math.exp(-0.5), ExpF.exp(-0.5f), Math.ulp((float) Math.exp(-0.5)));
    }
}
