package dev.nnc.compiler.plan;

import dev.nnc.compiler.diag.Code;
import dev.nnc.compiler.diag.Diagnostic;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.diag.Span;
import dev.nnc.compiler.model.Layer;
import dev.nnc.compiler.model.Network;
import dev.nnc.compiler.model.Strategy;
import dev.nnc.runtime.OptimizerKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chooses, per layer, unrolled scalar code or loops over arrays, so that every method stays small
 * enough for HotSpot to JIT-compile it and the class stays within the class file's limits.
 *
 * <p>Unrolled code wins only for tiny networks: it does the same arithmetic as loops, one scalar
 * at a time and about 30 bytes of bytecode per weight, while the loops are vectorised by the JIT;
 * see {@link #UNROLL_LIMIT}. A layer written {@code unroll} or {@code loop} in the file gets what
 * it asks for (the other layers follow the rule); a forced {@code unroll} that would not fit one
 * class (constant pool or field count) is an error.
 */
public final class CodeSizeGovernor {
    /**
     * Networks with at most this many weights are unrolled whole; larger ones use loops. Measured
     * (docs/performance.md): unrolled and loop code train equally fast near 40 weights (4-4-4,
     * 5-5-3, 6-4-4); unrolled is 10% faster at 2-2-2 and 10-70% slower from 4-8-3 (56 weights) on.
     */
    public static final int UNROLL_LIMIT = 40;
    /** Constant-pool entries unrolled code may use; a class holds at most 65,535. */
    static final long CONSTANT_POOL_BUDGET = 60_000;
    /** Fields unrolled code may declare; a class holds at most 65,535. */
    static final long FIELD_BUDGET = 60_000;

    private CodeSizeGovernor() {
    }

    /** The plan of {@code network}; {@code source}, when known, places any error. */
    public static Result<Plan> plan(Network network, Optional<SourceFile> source) {
        boolean small = network.weightCount() <= UNROLL_LIMIT
                && network.layers().stream().noneMatch(l -> l.strategy() == Strategy.LOOP);
        List<LayerPlan> layers = new ArrayList<>();
        for (int l = 0; l < network.layers().size(); l++) {
            layers.add(choose(network, l, small));
        }
        Plan plan = new Plan(network, layers);
        return Result.of(plan, check(plan, source));
    }

    private static LayerPlan choose(Network network, int index, boolean small) {
        Layer layer = network.layers().get(index);
        return switch (layer.strategy()) {
            case UNROLL -> new LayerPlan(layer, index, Strategy.UNROLL, null, "unroll: forced in the file");
            case LOOP -> new LayerPlan(layer, index, Strategy.LOOP, layout(layer, index), "loop: forced in the file");
            case AUTO -> automatic(network, layer, index, small);
        };
    }

    /** A layer the file leaves to the rule: unrolled when the whole network is small. */
    private static LayerPlan automatic(Network network, Layer layer, int index, boolean small) {
        if (small) {
            return new LayerPlan(layer, index, Strategy.UNROLL, null,
                    "unroll: the network has " + network.weightCount() + " weights (unrolled up to " + UNROLL_LIMIT + ")");
        }
        String why = network.weightCount() > UNROLL_LIMIT
                ? "the network has " + network.weightCount() + " weights (unrolled up to " + UNROLL_LIMIT + ")"
                : "another layer is forced to loop";
        return new LayerPlan(layer, index, Strategy.LOOP, layout(layer, index), "loop: " + why);
    }

    /** Input-major unless the layer passes its gradient back and is narrower than its input. */
    static Layout layout(Layer layer, int index) {
        return index == 0 || layer.size() >= layer.fanIn() ? Layout.INPUT_MAJOR : Layout.NEURON_MAJOR;
    }

    /** Errors for unrolled code that would not fit one class. */
    private static List<Diagnostic> check(Plan plan, Optional<SourceFile> source) {
        long constants = 0;
        long fields = 0;
        int perWeight = 1 + 1 + stateFields(plan.network().optimizer().kind());
        for (LayerPlan layer : plan.layers()) {
            if (layer.unrolled()) {
                long parameters = layer.layer().weights().size() + layer.layer().bias().initial().size();
                fields += parameters * perWeight + 4L * layer.layer().size();
                constants += parameters * (3L * perWeight + 2) + 12L * layer.layer().size();
            }
        }
        if (constants <= CONSTANT_POOL_BUDGET && fields <= FIELD_BUDGET) {
            return List.of();
        }
        LayerPlan largest = plan.layers().stream().filter(LayerPlan::unrolled)
                .max((a, b) -> Integer.compare(a.layer().weights().size(), b.layer().weights().size())).orElseThrow();
        String message = "the unrolled layers would need about " + constants + " constant-pool entries and " + fields
                + " fields, more than one Java class holds (65,535 each); write 'loop' after layer '"
                + largest.layer().name() + "' or remove 'unroll'";
        return List.of(Diagnostic.error(Code.TOO_LARGE_TO_UNROLL.id(), span(largest.layer(), source), message));
    }

    private static int stateFields(OptimizerKind kind) {
        return switch (kind) {
            case SGD -> 0;
            case MOMENTUM -> 1;
            case ADAM, RPROP -> 2;
        };
    }

    /** The layer's {@code unroll} word when the source is known, else the start of its line. */
    private static Span span(Layer layer, Optional<SourceFile> source) {
        if (source.isEmpty()) {
            return new Span("", layer.line(), 1, 1, "");
        }
        String text = source.get().line(layer.line());
        int column = text.indexOf("unroll");
        return column < 0 ? source.get().span(layer.line(), 1, text.length())
                : source.get().span(layer.line(), column + 1, "unroll".length());
    }
}
