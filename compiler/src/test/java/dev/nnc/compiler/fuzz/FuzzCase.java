package dev.nnc.compiler.fuzz;

import dev.nnc.compiler.diag.SourceFile;
import java.util.List;

/** A seed model damaged by a few mutations, one after the other. */
record FuzzCase(int seed, List<Mutation> mutations) {
    FuzzCase {
        mutations = List.copyOf(mutations);
    }

    /** The damaged model, as a file at the seed's place (so its CSV files are found). */
    SourceFile source() {
        Seeds.Seed original = Seeds.ALL.get(Math.floorMod(seed, Seeds.ALL.size()));
        String text = original.text();
        for (Mutation mutation : mutations) {
            text = mutation.apply(text);
        }
        return new SourceFile(original.path().getFileName().toString(), original.path(), text);
    }

    @Override
    public String toString() {
        SourceFile source = source();
        return "FuzzCase[" + Seeds.ALL.get(Math.floorMod(seed, Seeds.ALL.size())).path() + ", " + mutations
                + "]\n----- damaged model -----\n" + source.text() + "\n-------------------------";
    }
}
