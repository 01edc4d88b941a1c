package dev.nnc.compiler.ast;

/** What samples are for: training ({@code data}) or evaluation only ({@code test}). */
public enum DataRole {
    DATA("data"),
    TEST("test");

    private final String spelling;

    DataRole(String spelling) {
        this.spelling = spelling;
    }

    /** The keyword as written. */
    public String spelling() {
        return spelling;
    }
}
