package dev.nnc.compiler.fuzz;

import dev.nnc.compiler.diag.SourceFile;
import java.nio.file.Path;
import java.util.List;

/**
 * A model damaged by a few mutations, one after the other: seed model number {@code seed}, or for
 * a negative {@code seed} the random model drawn from {@code generated}.
 */
record FuzzCase(int seed, long generated, List<Mutation> mutations) {
    /** Where random models live: beside the samples, so that their CSV files are found. */
    private static final Path GENERATED = Path.of("../samples/generated.nn");

    FuzzCase {
        mutations = List.copyOf(mutations);
    }

    /** The damaged model, as a file at its seed's place (so that its CSV files are found). */
    SourceFile source() {
        Path path = seed < 0 ? GENERATED : Seeds.ALL.get(Math.floorMod(seed, Seeds.ALL.size())).path();
        String text = seed < 0 ? RandomModel.of(generated) : Seeds.ALL.get(Math.floorMod(seed, Seeds.ALL.size())).text();
        for (Mutation mutation : mutations) {
            text = mutation.apply(text);
        }
        return new SourceFile(path.getFileName().toString(), path, text);
    }

    @Override
    public String toString() {
        String origin = seed < 0 ? "RandomModel.of(" + generated + "L)"
                : Seeds.ALL.get(Math.floorMod(seed, Seeds.ALL.size())).path().toString();
        return "FuzzCase[" + origin + ", " + mutations + "]\n----- damaged model -----\n" + source().text()
                + "\n-------------------------";
    }
}
