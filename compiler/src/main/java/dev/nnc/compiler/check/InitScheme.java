package dev.nnc.compiler.check;

import java.util.Random;

/** The weight initialisers of the language; each draws one weight from the network's generator. */
public enum InitScheme {
    /** {@code uniform(a, b)}: a + (b - a) * U[0, 1). */
    UNIFORM("uniform"),
    /** {@code normal(mean, std)}: mean + std * N(0, 1). */
    NORMAL("normal"),
    /** Uniform on [-L, L), L = sqrt(6 / (fan_in + fan_out)). */
    XAVIER("xavier"),
    /** Normal with mean 0 and std sqrt(2 / fan_in). */
    HE("he");

    private final String spelling;

    InitScheme(String spelling) {
        this.spelling = spelling;
    }

    /** The word as written in a {@code .nn} file. */
    public String spelling() {
        return spelling;
    }

    /** The scheme spelt {@code word}, or null. */
    public static InitScheme bySpelling(String word) {
        for (InitScheme s : values()) {
            if (s.spelling.equals(word)) {
                return s;
            }
        }
        return null;
    }

    /**
     * One weight of a layer with {@code fanIn} sources and {@code fanOut} neurons; {@code p} and
     * {@code q} are the scheme's parameters (a, b or mean, std; unused by xavier and he).
     */
    double draw(Random random, double p, double q, int fanIn, int fanOut) {
        return switch (this) {
            case UNIFORM -> uniform(random, p, q);
            case NORMAL -> normal(random, p, q);
            case XAVIER -> {
                double limit = Math.sqrt(6.0 / (fanIn + fanOut));
                yield uniform(random, -limit, limit);
            }
            case HE -> normal(random, 0.0, Math.sqrt(2.0 / fanIn));
        };
    }

    private static double uniform(Random random, double a, double b) {
        return a + (b - a) * random.nextDouble();
    }

    private static double normal(Random random, double mean, double std) {
        return mean + std * random.nextGaussian();
    }
}
