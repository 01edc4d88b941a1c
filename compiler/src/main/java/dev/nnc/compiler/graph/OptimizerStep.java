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
        PARAMETER, GRADIENT, VELOCITY, MOMENT, RATE, BATCH, BETA, BETA1, BETA2, CORRECTION1, CORRECTION2, EPS,
        /** The weight decay λ. */
        DECAY,
        /** Rprop's step of this parameter. */
        STEP_SIZE,
        /** Rprop's previous gradient of this parameter. */
        PREVIOUS,
        DELTA_MIN, DELTA_MAX, ETA_PLUS, ETA_MINUS
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
    private final boolean decayed;

    private OptimizerStep(boolean decayed) {
        this.decayed = decayed;
    }

    /** The step of {@code kind} for a parameter without weight decay, then the gradient sum cleared. */
    public static OptimizerStep of(OptimizerKind kind) {
        return of(kind, false);
    }

    /**
     * The step of {@code kind}, then the gradient sum cleared; {@code decayed}: the parameter is a
     * weight and the optimizer has weight decay, so its gradient is {@code dw / batch + decay * w}.
     */
    public static OptimizerStep of(OptimizerKind kind, boolean decayed) {
        OptimizerStep step = new OptimizerStep(decayed);
        step.build(kind);
        return step;
    }

    private void build(OptimizerKind kind) {
        Graph g = graph;
        Node p = slot(Slot.PARAMETER);
        Node rate = slot(Slot.RATE);
        switch (kind) {
            case SGD -> assign(Slot.PARAMETER, g.sub(p, g.mul(rate, decayed ? mean() : g.div(slot(Slot.GRADIENT),
                    slot(Slot.BATCH)))));
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
            case RPROP -> rprop(p);
        }
        assign(Slot.GRADIENT, g.constant(0.0));
    }

    /**
     * iRPROP-: with {@code g} the gradient and {@code p} the previous one, the step grows while
     * {@code p * g > 0}, shrinks when {@code p * g < 0} (then the parameter stays and {@code p}
     * becomes 0), and otherwise the parameter moves by the step against the sign of {@code g}.
     * {@code w - sign(g) * step} is written as {@code w - step}, {@code w - -step} or {@code w - 0},
     * the same bits.
     */
    private void rprop(Node p) {
        Graph g = graph;
        Node gradient = mean();
        Node previous = slot(Slot.PREVIOUS);
        Node step = slot(Slot.STEP_SIZE);
        Node same = g.mul(previous, gradient);
        Node flipped = g.neg(same);
        Node grown = g.min(g.mul(step, slot(Slot.ETA_PLUS)), slot(Slot.DELTA_MAX));
        Node shrunk = g.max(g.mul(step, slot(Slot.ETA_MINUS)), slot(Slot.DELTA_MIN));
        assign(Slot.STEP_SIZE, g.select(same, grown, g.select(flipped, shrunk, step)));
        Node move = g.select(gradient, step, g.select(g.neg(gradient), g.neg(step), g.constant(0.0)));
        assign(Slot.PARAMETER, g.select(flipped, p, g.sub(p, move)));
        assign(Slot.PREVIOUS, g.select(flipped, g.constant(0.0), gradient));
    }

    /**
     * The batch mean of the gradient, plus the weight decay term for a decayed weight, which
     * replaces the gradient sum (or lives in a local).
     */
    private Node mean() {
        Node mean = graph.div(slot(Slot.GRADIENT), slot(Slot.BATCH));
        if (decayed) {
            mean = graph.add(mean, graph.mul(slot(Slot.DECAY), slot(Slot.PARAMETER)));
        }
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
