package dev.nnc.compiler.graph;

import dev.nnc.compiler.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The expression graphs a planned class is emitted from, each built once: for every run of
 * unrolled layers its forward pass and derivative. Loop layers have none (they are written from
 * their arrays). When every layer is unrolled there is one graph, the whole network's.
 */
public record StageGraphs(Plan plan, List<Segment> segments) {
    public StageGraphs {
        segments = List.copyOf(segments);
    }

    /** The graph of one run of unrolled layers, {@code stage}. */
    public record Segment(Plan.Stage stage, Backward backward) {
    }

    /** Builds the graph of each of {@code plan}'s runs of unrolled layers. */
    public static StageGraphs build(Plan plan) {
        List<Segment> segments = new ArrayList<>();
        for (Plan.Stage stage : plan.stages()) {
            if (stage.unrolled()) {
                segments.add(new Segment(stage, Differentiator.differentiate(
                        ForwardBuilder.segment(plan.network(), stage.first(), stage.last()))));
            }
        }
        return new StageGraphs(plan, segments);
    }

    /** The graph of the unrolled run {@code stage} of the plan. */
    public Backward of(Plan.Stage stage) {
        return segments.stream().filter(s -> s.stage().equals(stage)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no graph for " + stage)).backward();
    }

    /** The unrolled run that holds layer {@code layer}, if the layer is unrolled. */
    public Optional<Segment> holding(int layer) {
        return segments.stream().filter(s -> s.stage().first() <= layer && layer <= s.stage().last()).findFirst();
    }

    /** The whole network's graph, when every layer is unrolled (one run of them all). */
    public Optional<Backward> whole() {
        return plan.allUnrolled() ? Optional.of(segments.get(0).backward()) : Optional.empty();
    }
}
