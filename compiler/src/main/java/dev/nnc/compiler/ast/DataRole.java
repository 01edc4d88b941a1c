package dev.nnc.compiler.ast;

/** What samples are for: training ({@code data}), evaluation only ({@code test}) or watching training ({@code validation}). */
public enum DataRole {
    DATA("data"),
    TEST("test"),
    VALIDATION("validation");

    private final String spelling;

    DataRole(String spelling) {
        this.spelling = spelling;
    }

    /** The keyword as written. */
    public String spelling() {
        return spelling;
    }
}
