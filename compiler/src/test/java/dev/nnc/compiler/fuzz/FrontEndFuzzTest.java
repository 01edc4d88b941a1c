package dev.nnc.compiler.fuzz;

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
 * Fuzzes the whole compiler with damaged models: samples, conformance models and error cases with
 * tokens deleted, duplicated, swapped, numbers made extreme, words exchanged, odd characters
 * inserted, the text cut short. Every input must end in a network (then compiled to Java) or in
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

    @Provide
    Arbitrary<FuzzCase> damagedModels() {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Mutation.Kind.class),
                Arbitraries.integers().between(0, 1 << 20), Arbitraries.integers().between(0, 1 << 20),
                Arbitraries.integers().between(0, 1 << 20)).as(Mutation::new);
        // Mostly models that compile, damaged a little, so that inputs get past the parser to the checks.
        Arbitrary<Integer> seed = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.integers().between(0, Seeds.VALID - 1)),
                Tuple.of(1, Arbitraries.integers().between(Seeds.VALID, Seeds.ALL.size() - 1))).withoutEdgeCases();
        Arbitrary<List<Mutation>> mutations = Arbitraries.frequencyOf(
                Tuple.of(3, mutation.list().ofSize(1)),
                Tuple.of(1, mutation.list().ofSize(2)),
                Tuple.of(1, mutation.list().ofMinSize(3).ofMaxSize(8)));
        return Combinators.combine(seed, mutations).as(FuzzCase::new);
    }
}
