package dev.nnc.compiler.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzes the whole compiler with damaged models: samples, conformance models, error cases and
 * random models ({@link RandomModel}) with tokens deleted, duplicated, swapped, numbers made
 * extreme, words exchanged, odd characters inserted, the text cut short; and damaged CSV files. Every input must end in a network (then compiled to Java) or in
 * positioned diagnostics, never in an exception ({@link Invariants}).
 *
 * <p>The number of inputs is jqwik's {@code jqwik.tries.default}: a few thousand in {@code mvn
 * verify} (src/test/resources/junit-platform.properties), as many as wanted from the command line;
 * see docs/fuzzing.md. A failing input is shrunk to few, simple mutations and printed in full; put
 * it in src/test/resources/fuzz/ so that {@link FuzzRegressionsTest} keeps it fixed.
 */
class FrontEndFuzzTest {
    /** Slower than this for one input is a bug too (a hang in the making). */
    private static final long SLOW_NANOS = 30_000_000_000L;

    private static Path csvFolder;

    @Property(shrinking = ShrinkingMode.BOUNDED)
    void damagedModelsGiveANetworkOrDiagnosticsNeverAnException(@ForAll("damagedModels") FuzzCase input) {
        long start = System.nanoTime();
        String outcome = Invariants.check(input.source());
        long took = System.nanoTime() - start;
        if (took > SLOW_NANOS) {
            throw new AssertionError("took " + took / 1_000_000 + " ms");
        }
        Statistics.label("outcome").collect(outcome.startsWith("error") ? "error" : outcome);
        Statistics.label("first error").collect(outcome.startsWith("error") ? outcome.substring(6) : "none");
    }

    /** The same for CSV files: a damaged data file is reported in the file, never with an exception. */
    @Property(shrinking = ShrinkingMode.BOUNDED)
    void damagedCsvFilesGiveANetworkOrDiagnosticsNeverAnException(@ForAll("damagedCsvFiles") CsvCase input)
            throws IOException {
        // The models are fixed and small: what is fuzzed here is reading the data, not the back end.
        String outcome = Invariants.check(input.writeInto(csvFolder()), false);
        Statistics.label("outcome").collect(outcome);
    }

    @Provide
    Arbitrary<CsvCase> damagedCsvFiles() {
        return Combinators.combine(Arbitraries.integers().between(0, CsvCase.CSVS.size() - 1),
                Arbitraries.integers().between(0, CsvCase.MODELS.size() - 1),
                mutations()).as(CsvCase::new);
    }

    @Provide
    Arbitrary<FuzzCase> damagedModels() {
        // Mostly models that compile, damaged a little, so that inputs get past the parser to the checks;
        // random models (seed -1) add combinations the samples do not have, some of them undamaged.
        Arbitrary<Integer> seed = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(0, Seeds.VALID - 1)),
                Tuple.of(1, Arbitraries.integers().between(Seeds.VALID, Seeds.ALL.size() - 1)),
                Tuple.of(3, Arbitraries.just(-1))).withoutEdgeCases();
        return Combinators.combine(seed, Arbitraries.longs().withoutEdgeCases(), mutations())
                .as((s, generated, mutations) -> new FuzzCase(s, generated,
                        s < 0 && Math.floorMod(generated, 4) == 0 ? List.of() : mutations));
    }

    /** Mostly one mutation, sometimes two, now and then up to eight. */
    private static Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Mutation.Kind.class),
                Arbitraries.integers().between(0, 1 << 20), Arbitraries.integers().between(0, 1 << 20),
                Arbitraries.integers().between(0, 1 << 20)).as(Mutation::new);
        return Arbitraries.frequencyOf(
                Tuple.of(3, mutation.list().ofSize(1)),
                Tuple.of(1, mutation.list().ofSize(2)),
                Tuple.of(1, mutation.list().ofMinSize(3).ofMaxSize(8)));
    }

    /** One folder for the CSV cases of this run, written over by each. */
    private static synchronized Path csvFolder() throws IOException {
        if (csvFolder == null) {
            csvFolder = Files.createTempDirectory("nnc-fuzz");
            // Deleted in the reverse order: the files, then the folder.
            csvFolder.toFile().deleteOnExit();
            csvFolder.resolve("data.csv").toFile().deleteOnExit();
            csvFolder.resolve("model.nn").toFile().deleteOnExit();
        }
        return csvFolder;
    }
}
