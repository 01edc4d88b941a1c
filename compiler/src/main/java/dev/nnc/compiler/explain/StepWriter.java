package dev.nnc.compiler.explain;

import dev.nnc.compiler.graph.LayerNodes;
import dev.nnc.runtime.OptimizerSettings;
import java.util.ArrayList;
import java.util.List;

/** The optimizer's update with its numbers, then the loss and outputs after that one step. */
final class StepWriter {
    private final Context c;
    private final Symbols s;
    private final FirstStep step;

    StepWriter(Context context) {
        this.c = context;
        this.s = context.symbols();
        this.step = context.step();
    }

    /** Writes the update of the trainable parameters in {@code shown}, and what it did to the loss. */
    void write(Markdown md, List<Integer> shown) {
        update(md, shown);
        int trainable = 0;
        for (int p = 0; p < step.parameterCount(); p++) {
            trainable += step.trainable(p) ? 1 : 0;
        }
        if (shown.size() < trainable) {
            md.paragraph("Above are " + shown.size() + " of the " + trainable + " trainable parameters: for each layer its "
                    + "first weight, the weight with the largest gradient, and its first bias; every other parameter "
                    + "moves the same way.");
        }
        after(md);
    }

    /** The gradient the optimizer is given: dE/dp for one sample, the batch mean g otherwise. */
    private String gradient(int p) {
        return step.batch() == 1 ? Symbols.partial(Symbols.LOSS, s.param(p)) : "g_{" + s.paramName(p) + "}";
    }

    private void update(Markdown md, List<Integer> shown) {
        OptimizerSettings o = c.model().optimizer();
        md.heading(2, "The update");
        if (step.batch() > 1) {
            md.paragraph("The optimizer is given the mean gradient of the first batch, " + Markdown.math("g_{p} = \\frac{1}{"
                    + step.batch() + "} \\sum_{s} " + Symbols.partial("E_{s}", "p")) + " over its " + step.batch()
                    + " samples (the first one's is derived above).");
        }
        if (o.weightDecay() != 0) {
            md.paragraph("With weight decay " + Markdown.math("\\lambda = " + Num.tex(o.weightDecay()))
                    + " every weight's gradient also has " + Markdown.math("\\lambda w") + " added, "
                    + Markdown.math("g = \\frac{1}{B} \\sum_{s} " + Symbols.partial("E_{s}", "w") + " + \\lambda w")
                    + ", which pulls large weights toward 0; biases are not decayed. The gradients below include it.");
        }
        switch (o.kind()) {
            case SGD -> sgd(md, o, shown);
            case MOMENTUM -> momentum(md, o, shown);
            case ADAM -> adam(md, o, shown);
            case RPROP -> rprop(md, o, shown);
        }
        frozen(md);
        if (!shown.isEmpty()) {
            int p = shown.get(0);
            List<String> lines = c.code().quote(List.of(c.code().update(p)));
            c.code().parameter(p).filter(fields -> !lines.isEmpty()).ifPresent(fields -> {
                md.paragraph("In " + Markdown.code(c.code().fileName()) + " the gradients of the batch are summed in "
                        + Markdown.code(fields.gradientSum()) + " and friends, and the update of "
                        + Markdown.code(fields.value()) + " reads:");
                md.code("java", lines);
            });
        }
    }

    private void sgd(Markdown md, OptimizerSettings o, List<Integer> shown) {
        String eta = Num.tex(o.rate());
        md.paragraph("Gradient descent moves every trainable parameter a step against its gradient, scaled by "
                + "the learning rate " + Markdown.math("\\eta = " + eta) + ":");
        for (int p : shown) {
            md.equation(s.param(p) + "^{+} = " + s.param(p) + " - \\eta \\cdot " + gradient(p) + " = "
                    + Num.tex(step.param(p)) + " - " + eta + " \\cdot " + Num.factor(step.meanGradient(p))
                    + " = " + Num.tex(step.after(p)));
        }
    }

    private void momentum(Markdown md, OptimizerSettings o, List<Integer> shown) {
        String eta = Num.tex(o.rate());
        md.paragraph("Momentum keeps a velocity " + Markdown.math("v") + " for every parameter, starting at 0, "
                + "and moves the parameter along it, with " + Markdown.math("\\eta = " + eta) + " and "
                + Markdown.math("\\beta = " + Num.tex(o.beta())) + ":");
        md.equation("v^{+} = \\beta \\cdot v + g, \\quad p^{+} = p - \\eta \\cdot v^{+}");
        md.paragraph("On the first step " + Markdown.math("v = 0") + ", so the velocity is the gradient itself:");
        for (int p : shown) {
            double g = step.meanGradient(p);
            String v = "v_{" + s.paramName(p) + "}";
            md.equation(v + " = \\beta \\cdot 0 + " + gradient(p) + " = " + Num.tex(g) + ", \\quad " + s.param(p)
                    + "^{+} = " + s.param(p) + " - \\eta \\cdot " + v + " = " + Num.tex(step.param(p)) + " - "
                    + eta + " \\cdot " + Num.factor(g) + " = " + Num.tex(step.after(p)));
        }
    }

    private void adam(Markdown md, OptimizerSettings o, List<Integer> shown) {
        md.paragraph("Adam keeps two moving averages for every parameter, of the gradient " + Markdown.math("m")
                + " and of its square " + Markdown.math("v") + ", both starting at 0, and divides one by the square root "
                + "of the other, each corrected for its start at 0 (" + Markdown.math("t") + " counts the updates from 1):");
        md.equation("m^{+} = \\beta_{1} m + (1 - \\beta_{1}) g, \\quad v^{+} = \\beta_{2} v + (1 - \\beta_{2}) g^{2}");
        md.equation("p^{+} = p - \\eta \\cdot \\frac{m^{+} / (1 - \\beta_{1}^{t})}{\\sqrt{v^{+} / (1 - \\beta_{2}^{t})} + \\epsilon}");
        md.paragraph("On the first step " + Markdown.math("t = 1") + " and " + Markdown.math("m = v = 0") + ", so "
                + Markdown.math("m^{+} = " + Num.tex(1 - o.beta1()) + " g") + ", " + Markdown.math("v^{+} = "
                + Num.tex(1 - o.beta2()) + " g^{2}") + ", and the corrections undo those factors: every parameter moves by "
                + "about " + Markdown.math("\\eta = " + Num.tex(o.rate())) + " against the sign of its gradient.");
        List<List<String>> rows = new ArrayList<>();
        for (int p : shown) {
            double g = step.meanGradient(p);
            double m = (1 - o.beta1()) * g;
            double v = (1 - o.beta2()) * g * g;
            rows.add(List.of(Markdown.math(s.param(p)), Num.plain(step.param(p)), Num.plain(g), Num.plain(m), Num.plain(v),
                    Num.plain(step.after(p))));
        }
        md.table(List.of("parameter", "before", "gradient g", "m", "v", "after"), rows);
    }

    private void rprop(Markdown md, OptimizerSettings o, List<Integer> shown) {
        md.paragraph("Rprop looks only at the sign of each parameter's gradient over the whole training set. Every "
                + "parameter has its own step " + Markdown.math("\\Delta") + ", starting at " + Markdown.math("\\Delta_{0} = "
                + Num.tex(o.rprop().delta0())) + ": it grows by " + Num.plain(o.rprop().etaPlus()) + " while the gradient "
                + "keeps its sign and shrinks by " + Num.plain(o.rprop().etaMinus()) + " when the sign flips (then the "
                + "parameter waits one update). On the first step there is no previous gradient, so every parameter "
                + "moves by " + Markdown.math("\\Delta_{0}") + " against the sign of its gradient:");
        md.equation("p^{+} = p - \\operatorname{sign}(g) \\cdot \\Delta_{0}");
        List<List<String>> rows = new ArrayList<>();
        for (int p : shown) {
            rows.add(List.of(Markdown.math(s.param(p)), Num.plain(step.param(p)), Num.plain(step.meanGradient(p)),
                    Num.plain(step.after(p))));
        }
        md.table(List.of("parameter", "before", "gradient g", "after"), rows);
    }

    private void frozen(Markdown md) {
        List<String> frozen = new ArrayList<>();
        for (int p = 0; p < step.parameterCount(); p++) {
            if (!step.trainable(p)) {
                frozen.add(Markdown.math(s.param(p) + " = " + Num.tex(step.param(p))));
            }
        }
        if (!frozen.isEmpty()) {
            md.paragraph("Frozen, and so unchanged: " + Introduction.list(frozen) + ".");
        }
    }

    private void after(Markdown md) {
        int last = c.model().layers().size() - 1;
        LayerNodes output = c.nodes(last);
        md.heading(2, "After one step");
        double before = step.lossBefore();
        double after = step.lossAfter();
        md.paragraph("With the new parameters the same sample's loss is " + Num.plain(after) + ", "
                + (after < before ? "down" : "up") + " from " + Num.plain(before) + ":");
        md.equation(Symbols.LOSS + ": " + Num.tex(before) + " \\to " + Num.tex(after));
        List<List<String>> rows = new ArrayList<>();
        double[] t = step.data().target(0);
        for (int k = 0; k < output.out().size() && k < 10; k++) {
            rows.add(List.of(Markdown.math(s.out(last, k)), Num.plain(t[k]), Num.plain(step.value(output.out().get(k))),
                    Num.plain(step.outputAfter(k))));
        }
        md.table(List.of("output", "target", "before", "after"), rows);
        if (step.batch() > 1) {
            md.paragraph("The mean loss of the first batch went from " + Num.plain(step.batchLossBefore()) + " to "
                    + Num.plain(step.batchLossAfter()) + ".");
        }
        int epochs = c.model().training().epochs();
        md.paragraph("The numbers after the update come from " + Markdown.code(c.code().fileName()) + " itself: nnc "
                + "compiled it in memory, let it take this one step and evaluated the sample again. "
                + Markdown.code("nnc train " + c.model().sourceName()) + " repeats the step for every "
                + (step.batch() == 1 ? "sample" : "batch") + ", " + epochs + " epoch" + (epochs == 1 ? "" : "s") + ".");
    }
}
