package dev.nnc.runtime;

/**
 * The activation functions of the language, with their spelling in a {@code .nn} file. What each
 * one computes is defined once, in the compiler's {@code ActivationFunction}; the runtime keeps
 * only the names (and {@link Activations}, the interpreted baseline the benchmarks compare with).
 */
public enum Activation {
    LINEAR("linear", false),
    SIGMOID("sigmoid", false),
    TANH("tanh", false),
    RELU("relu", false),
    /** {@code a*x} for {@code x <= 0}; its slope {@code a} is given beside the activation. */
    LEAKY_RELU("leaky_relu", true),
    /** {@code ln(1 + e^x)}. */
    SOFTPLUS("softplus", false),
    /** {@code x * sigmoid(x)}, also called swish. */
    SILU("silu", false),
    /** {@code a*(e^x - 1)} for {@code x <= 0}; {@code a} defaults to 1. */
    ELU("elu", true),
    /** Output layer only. */
    SOFTMAX("softmax", false);

    private final String spelling;
    private final boolean parameterised;

    Activation(String spelling, boolean parameterised) {
        this.spelling = spelling;
        this.parameterised = parameterised;
    }

    /** The keyword as written in a {@code .nn} file. */
    public String spelling() {
        return spelling;
    }

    /** Whether the activation takes a number, {@code leaky_relu(0.01)}: then it is part of its name. */
    public boolean parameterised() {
        return parameterised;
    }

    /** The activation spelt {@code word}, or null. */
    public static Activation bySpelling(String word) {
        for (Activation a : values()) {
            if (a.spelling.equals(word)) {
                return a;
            }
        }
        return null;
    }
}
