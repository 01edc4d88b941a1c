package dev.nnc.compiler.ast;

import dev.nnc.compiler.diag.Span;
import java.util.Optional;

/** One option of a {@code train} statement; {@code shuffle} may leave out its seed. */
public record TrainOption(Kind kind, Optional<NumberLit> value, Span span) {

    /** The options, with their spelling. */
    public enum Kind {
        EPOCHS("epochs"),
        BATCH("batch"),
        SHUFFLE("shuffle"),
        PATIENCE("patience"),
        MIN_DELTA("min_delta");

        private final String spelling;

        Kind(String spelling) {
            this.spelling = spelling;
        }

        /** The keyword as written. */
        public String spelling() {
            return spelling;
        }
    }
}
