package dev.nnc.runtime;

/** The per-sample losses of the language (y = output, t = target, n = number of outputs). */
public enum Loss {
    /** sum_k 1/2 (t_k - y_k)^2, the worked example's E_total. */
    HALF_SSE("half_sse"),
    /** sum_k (t_k - y_k)^2. */
    SSE("sse"),
    /** (1/n) sum_k (y_k - t_k)^2. */
    MSE("mse"),
    /** -(1/n) sum_k [t_k ln y_k + (1 - t_k) ln(1 - y_k)]. */
    BCE("bce"),
    /** -sum_k t_k ln y_k. */
    CROSS_ENTROPY("cross_entropy");

    private final String spelling;

    Loss(String spelling) {
        this.spelling = spelling;
    }

    /** The keyword as written in a {@code .nn} file. */
    public String spelling() {
        return spelling;
    }

    /** The loss spelt {@code word}, or null. */
    public static Loss bySpelling(String word) {
        for (Loss l : values()) {
            if (l.spelling.equals(word)) {
                return l;
            }
        }
        return null;
    }
}
