package dev.nnc.runtime;

/** The activation functions of the language, with their spelling in a {@code .nn} file. */
public enum Activation {
    LINEAR("linear"),
    SIGMOID("sigmoid"),
    TANH("tanh"),
    RELU("relu"),
    /** {@code a*x} for {@code x <= 0}; its slope {@code a} is given beside the activation. */
    LEAKY_RELU("leaky_relu"),
    /** Output layer only. */
    SOFTMAX("softmax");

    private final String spelling;

    Activation(String spelling) {
        this.spelling = spelling;
    }

    /** The keyword as written in a {@code .nn} file. */
    public String spelling() {
        return spelling;
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
