package dev.nnc.compiler.model;

/** The number type of a generated class's parameters and arithmetic: {@code precision double | float}. */
public enum Precision {
    DOUBLE("double"),
    FLOAT("float");

    private final String spelling;

    Precision(String spelling) {
        this.spelling = spelling;
    }

    /** The word in the language and on the command line. */
    public String spelling() {
        return spelling;
    }

    /** The precision spelled {@code word}, if any. */
    public static java.util.Optional<Precision> fromSpelling(String word) {
        for (Precision p : values()) {
            if (p.spelling.equals(word)) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }
}
