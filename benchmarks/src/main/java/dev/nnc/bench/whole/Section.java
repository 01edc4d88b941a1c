package dev.nnc.bench.whole;

import java.nio.file.Path;

/** One part of the whole-run benchmark: measures, then says what it measured as Markdown. */
public interface Section {

    /** The name {@code --only} selects it by. */
    String name();

    /**
     * Measures and returns a Markdown heading, table and notes; or a sentence saying why it could
     * not run here (a missing tool) and how to make it run.
     *
     * @param root the nnc repository (its {@code ./nnc} launcher is what is measured)
     * @param repeat how many times each timed command runs (the median is reported)
     */
    String markdown(Path root, int repeat);
}
