package dev.nnc.runtime;

/** The optimizers of the language, with their spelling in a {@code .nn} file. */
public enum OptimizerKind {
    SGD("sgd"),
    MOMENTUM("momentum"),
    ADAM("adam"),
    /** iRPROP-: full-batch, per-parameter step sizes, the default of FANN and Encog. */
    RPROP("rprop");

    private final String spelling;

    OptimizerKind(String spelling) {
        this.spelling = spelling;
    }

    /** The keyword as written in a {@code .nn} file. */
    public String spelling() {
        return spelling;
    }

    /** The optimizer spelt {@code word}, or null. */
    public static OptimizerKind bySpelling(String word) {
        for (OptimizerKind k : values()) {
            if (k.spelling.equals(word)) {
                return k;
            }
        }
        return null;
    }
}
