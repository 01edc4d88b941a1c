package dev.nnc.compiler.diag;

/** How bad a diagnostic is: errors stop the compiler, warnings do not. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word printed before the message. */
    public String label() {
        return label;
    }
}
