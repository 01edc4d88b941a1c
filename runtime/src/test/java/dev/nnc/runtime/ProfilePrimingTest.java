package dev.nnc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** {@link ProfilePriming} takes the special functions down every branch they have. */
class ProfilePrimingTest {
    private static final double LN2 = Math.log(2.0);

    /**
     * The magnitudes at which {@link Expm1}, {@link Tanh} and {@link Exp} change branch: expm1's tiny
     * limit, ln2/2, 1.5 ln2, where its k reaches 20 and 56, 56 ln2, its overflow; tanh's tiny limit,
     * 1 and 22; exp's tiny limit, 512 and 1024.
     */
    private static final double[] THRESHOLDS = {0x1p-54, LN2 / 2, 1.5 * LN2, 19.5 * LN2, 56.5 * LN2, 56 * LN2,
        0x1.62e42fefa39efp9, 0x1p-55, 1.0, 22.0, 512.0, 1024.0};

    @Test
    void argumentsLieOnBothSidesOfEveryThresholdWithBothSigns() {
        double[] arguments = ProfilePriming.arguments();
        for (double threshold : THRESHOLDS) {
            for (double sign : new double[] {1.0, -1.0}) {
                assertTrue(Arrays.stream(arguments).anyMatch(x -> Math.signum(x) == sign && Math.abs(x) < threshold
                        && Math.abs(x) > threshold / 4), () -> "below " + sign * threshold);
                assertTrue(Arrays.stream(arguments).anyMatch(x -> Math.signum(x) == sign && Math.abs(x) > threshold
                        && Math.abs(x) < threshold * 4), () -> "above " + sign * threshold);
            }
        }
    }

    @Test
    void argumentsIncludeZeroTheInfinitiesAndNaN() {
        double[] arguments = ProfilePriming.arguments();
        for (double special : new double[] {0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN}) {
            assertTrue(Arrays.stream(arguments).anyMatch(x -> Double.compare(x, special) == 0), () -> "" + special);
        }
    }

    @Test
    void argumentsTakeExpm1ThroughEveryScaling() {
        // the reduced argument is scaled by 2^k through four different formulas: k = -1, 1, 2..19, 20..56, > 56
        boolean[] seen = new boolean[5];
        for (double x : ProfilePriming.arguments()) {
            if (Double.isFinite(x) && Math.abs(x) > 0.5 * LN2) {
                long k = Math.round(x / LN2);
                seen[k == -1 ? 0 : k == 1 ? 1 : k >= 2 && k < 20 ? 2 : k >= 20 && k <= 56 ? 3 : k > 56 ? 4 : 0] = true;
            }
        }
        assertEquals("[true, true, true, true, true]", Arrays.toString(seen));
    }
}
