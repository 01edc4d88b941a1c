package dev.nnc.compiler.graph;

import dev.nnc.runtime.OptimizerKind;
import java.util.ArrayList;
import java.util.List;

/**
 * One optimizer step for one parameter, defined once as graph expressions over named slots (the
 * parameter, its gradient sum, its optimizer state and the hyperparameters): the unrolled update
 * of each parameter and the loops over a layer's arrays are both written from it, in the plain
 * arithmetic that reproduces the reference results bit for bit.
 */
public final class OptimizerStep {
    /** The storage a step reads and writes; each writer says where each one lives. */
    public enum Slot {
        PARAMETER, GRADIENT, VELOCITY, MOMENT, RATE, BATCH, BETA, BETA1, BETA2, CORRECTION1, CORRECTION2, EPS
    }

    /**
     * {@code target = value}, in order. A {@code temporary} assignment's value may be kept in a
     * local called {@code local} instead (its slot's old value is not read again); later
     * assignments refer to it through its value node.
     */
    public record Assignment(Slot target, Node value, boolean temporary, String local) {
    }

    private final Graph graph = new Graph();
    private final List<Assignment> assignments = new ArrayList<>();

    private OptimizerStep() {
    }

    /** The step of {@code kind}, then the gradient sum cleared. */
    public static OptimizerStep of(OptimizerKind kind) {
        OptimizerStep step = new OptimizerStep();
        step.build(kind);
        return step;
    }

    private void build(OptimizerKind kind) {
        Graph g = graph;
        Node p = slot(Slot.PARAMETER);
        Node rate = slot(Slot.RATE);
        switch (kind) {
            case SGD -> assign(Slot.PARAMETER, g.sub(p, g.mul(rate, g.div(slot(Slot.GRADIENT), slot(Slot.BATCH)))));
            case MOMENTUM -> {
                Node mean = mean();
                Node v = slot(Slot.VELOCITY);
                assign(Slot.VELOCITY, g.add(g.mul(slot(Slot.BETA), v), mean));
                assign(Slot.PARAMETER, g.sub(p, g.mul(rate, v)));
            }
            case ADAM -> {
                Node mean = mean();
                Node m = slot(Slot.MOMENT);
                Node v = slot(Slot.VELOCITY);
                Node beta1 = slot(Slot.BETA1);
                Node beta2 = slot(Slot.BETA2);
                Node one = g.constant(1.0);
                assign(Slot.MOMENT, g.add(g.mul(beta1, m), g.mul(g.sub(one, beta1), mean)));
                assign(Slot.VELOCITY, g.add(g.mul(beta2, v), g.mul(g.mul(g.sub(one, beta2), mean), mean)));
                Node corrected = g.div(g.mul(rate, g.div(m, slot(Slot.CORRECTION1))),
                        g.add(g.sqrt(g.div(v, slot(Slot.CORRECTION2))), slot(Slot.EPS)));
                assign(Slot.PARAMETER, g.sub(p, corrected));
            }
        }
        assign(Slot.GRADIENT, g.constant(0.0));
    }

    /** The batch mean of the gradient, which replaces the gradient sum (or lives in a local). */
    private Node mean() {
        Node mean = graph.div(slot(Slot.GRADIENT), slot(Slot.BATCH));
        assignments.add(new Assignment(Slot.GRADIENT, mean, true, "mean"));
        return mean;
    }

    private void assign(Slot target, Node value) {
        assignments.add(new Assignment(target, value, false, ""));
    }

    /** The leaf that reads {@code slot}. */
    public Node slot(Slot slot) {
        return graph.input(slot.ordinal());
    }

    /** The step's assignments, in the order they run. */
    public List<Assignment> assignments() {
        return List.copyOf(assignments);
    }
}
