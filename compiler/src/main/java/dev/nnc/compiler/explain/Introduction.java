package dev.nnc.compiler.explain;

import dev.nnc.compiler.model.Bias;
import dev.nnc.compiler.model.Layer;
import dev.nnc.compiler.model.Network;
import dev.nnc.runtime.BiasMode;
import dev.nnc.runtime.Normalization;
import dev.nnc.runtime.OptimizerSettings;
import java.util.ArrayList;
import java.util.List;

/** The opening of an explanation: what it is, the network, its parameters and the training sample. */
final class Introduction {
    private final Context c;
    private final Symbols s;

    Introduction(Context context) {
        this.c = context;
        this.s = context.symbols();
    }

    void write(Markdown md, boolean perWeight) {
        Network model = c.model();
        md.heading(1, "Backpropagation in " + model.name() + ", step by step");
        md.paragraph("How " + Markdown.code("nnc") + " trains the network of " + Markdown.code(model.sourceName())
                + ", written out the way the backpropagation tutorials do it by hand: the forward pass, the loss, "
                + "the chain rule" + (perWeight ? " for every weight" : ", layer by layer")
                + ", and one step of " + model.optimizer().kind().spelling() + ".",
                "Every equation is one that nnc derived from the file and wrote into "
                + Markdown.code(c.code().fileName()) + (perWeight && c.code().hasEquations()
                        ? " (its lines are quoted after each step)" : "")
                + ". The numbers are those of the initial parameters on the first training sample, computed from "
                + "nnc's expression graph; the numbers after the update come from "
                + Markdown.code(c.code().fileName()) + " itself, compiled in memory and trained one step.");
        md.heading(2, "The network");
        md.bullets(facts(model));
        if (perWeight) {
            md.paragraph("The parameters, numbered as in the generated code: weights layer by layer, each neuron's "
                    + "inputs in order, then the biases.");
            md.table(List.of("parameter", "from", "to", "initial value"), parameterRows(model));
        }
        sample(md);
    }

    private List<String> facts(Network model) {
        List<String> facts = new ArrayList<>();
        facts.add(model.input().size() + " input" + (model.input().size() == 1 ? "" : "s") + ": "
                + names(model.input().size(), s::input) + (!model.input().normalize() ? ""
                : model.input().scaling() == Normalization.Kind.MINMAX ? ", scaled to 0..1 (min-max)"
                : ", standardised") + ".");
        for (int l = 0; l < model.layers().size(); l++) {
            Layer layer = model.layers().get(l);
            facts.add("Layer " + layer.name() + " (" + c.where(l) + ")" + (c.isOutput(l) ? ", the output layer" : "")
                    + ": " + layer.size() + " " + layer.activation().spelling() + " neuron"
                    + (layer.size() == 1 ? "" : "s") + ", " + neurons(l, layer) + ", "
                    + "fed by " + (l == 0 ? "the inputs" : "layer " + model.layers().get(l - 1).name())
                    + "; " + bias(l, layer.bias()) + ".");
        }
        facts.add("Loss: " + model.loss().spelling() + ", " + c.loss().description() + ".");
        facts.add("Optimizer: " + optimizer(model.optimizer()) + ".");
        int batch = model.training().batch();
        facts.add("Training: " + model.training().epochs() + " epoch" + (model.training().epochs() == 1 ? "" : "s")
                + " over " + c.step().data().size() + " sample" + (c.step().data().size() == 1 ? "" : "s")
                + ", " + (batch == 1 ? "one update after each sample, as in the tutorials"
                : "one update per batch of " + batch + " samples, from the mean of their gradients")
                + (model.training().shuffleSeed().isPresent()
                ? ", shuffled every epoch (seed " + model.training().shuffleSeed().getAsLong() + ")" : "") + ".");
        return facts;
    }

    private String neurons(int l, Layer layer) {
        if (layer.size() > 4) {
            return s.neuron(l, 0) + " to " + s.neuron(l, layer.size() - 1);
        }
        List<String> names = new ArrayList<>();
        for (int j = 0; j < layer.size(); j++) {
            names.add(s.neuron(l, j));
        }
        return list(names);
    }

    private String bias(int l, Bias bias) {
        String frozen = bias.frozen() ? ", frozen (training does not change it)" : "";
        return switch (bias.mode()) {
            case NONE -> "no bias";
            case SHARED -> "one bias shared by the layer, " + Markdown.math(s.param(s.bias(l, 0).orElseThrow()) + " = "
                    + Num.tex(bias.initial().get(0))) + frozen;
            case PER_NEURON -> {
                int first = s.bias(l, 0).orElseThrow();
                yield (bias.initial().size() == 1 ? "one bias, " : "one bias per neuron, ") + names(bias.initial().size(), b -> s.param(first + b))
                        + (bias.frozen() ? frozen.replace("it", "them") : "");
            }
        };
    }

    private static String optimizer(OptimizerSettings o) {
        String rate = "learning rate " + Markdown.math("\\eta = " + Num.tex(o.rate()));
        return switch (o.kind()) {
            case SGD -> "sgd with " + rate;
            case MOMENTUM -> "momentum with " + rate + " and " + Markdown.math("\\beta = " + Num.tex(o.beta()));
            case ADAM -> "adam with " + rate + ", " + Markdown.math("\\beta_{1} = " + Num.tex(o.beta1())) + ", "
                    + Markdown.math("\\beta_{2} = " + Num.tex(o.beta2())) + " and "
                    + Markdown.math("\\epsilon = " + Num.tex(o.eps()));
            case RPROP -> "rprop (iRPROP−) with first step " + Markdown.math("\\Delta_{0} = " + Num.tex(o.rprop().delta0()))
                    + ", steps between " + Num.plain(o.rprop().deltaMin()) + " and " + Num.plain(o.rprop().deltaMax())
                    + ", grown by " + Num.plain(o.rprop().etaPlus()) + " and shrunk by " + Num.plain(o.rprop().etaMinus());
        } + (o.weightDecay() != 0 ? ", weight decay " + Markdown.math("\\lambda = " + Num.tex(o.weightDecay())) : "");
    }

    private List<List<String>> parameterRows(Network model) {
        List<List<String>> rows = new ArrayList<>();
        for (int l = 0; l < model.layers().size(); l++) {
            Layer layer = model.layers().get(l);
            for (int j = 0; j < layer.size(); j++) {
                for (int i = 0; i < layer.fanIn(); i++) {
                    int p = s.weight(l, j, i);
                    rows.add(List.of(Markdown.math(s.param(p)), Markdown.math(s.source(l, i)), s.neuron(l, j),
                            Num.plain(c.step().param(p))));
                }
            }
        }
        for (int l = 0; l < model.layers().size(); l++) {
            Layer layer = model.layers().get(l);
            if (layer.bias().mode() == BiasMode.NONE) {
                continue;
            }
            for (int b = 0; b < layer.bias().initial().size(); b++) {
                boolean shared = layer.bias().mode() == BiasMode.SHARED;
                int p = s.bias(l, b).orElseThrow();
                rows.add(List.of(Markdown.math(s.param(p)), "bias", shared ? neurons(l, layer) : s.neuron(l, b),
                        Num.plain(c.step().param(p)) + (layer.bias().frozen() ? " (frozen)" : "")));
            }
        }
        return rows;
    }

    private void sample(Markdown md) {
        FirstStep step = c.step();
        Network model = c.model();
        md.heading(2, "The training sample");
        List<String> inputs = new ArrayList<>();
        double[] raw = step.data().input(0);
        for (int i = 0; i < raw.length; i++) {
            inputs.add(Markdown.math(s.input(i) + " = " + Num.tex(raw[i])));
        }
        List<String> targets = new ArrayList<>();
        double[] t = step.data().target(0);
        for (int k = 0; k < t.length; k++) {
            targets.add(Markdown.math(s.target(k) + " = " + Num.tex(t[k])) + " for " + s.neuron(model.layers().size() - 1, k));
        }
        String others = step.data().size() == 1 ? "The only training sample"
                : "The first of the " + step.data().size() + " training samples";
        md.paragraph(others + " has inputs " + list(shorten(inputs)) + " and targets " + list(shorten(targets)) + ".");
        if (step.batch() > 1) {
            md.paragraph("Training averages the gradients of a batch of " + step.batch() + " samples before each "
                    + "update. This page derives the gradient of the first sample; the update at the end uses the mean "
                    + "over the first " + step.batch() + " samples in file order"
                    + (model.training().shuffleSeed().isPresent() ? " (training shuffles them first)" : "") + ".");
        }
        step.normalization().ifPresent(n -> normalization(md, n));
    }

    private void normalization(Markdown md, Normalization n) {
        if (n.kind() == Normalization.Kind.MINMAX) {
            minMax(md, n);
            return;
        }
        md.paragraph("The inputs are standardised with the mean " + Markdown.math("\\mu") + " and the population "
                + "standard deviation " + Markdown.math("\\sigma") + " of the " + c.step().data().size()
                + " training samples, as training does, " + Markdown.math("(x - \\mu) / \\sigma")
                + " (a constant input is only centred). From here on " + names(c.model().input().size(), s::input)
                + " stand for the standardised values.");
        scalingTable(md, n, "mean", "standard deviation", "standardised");
    }

    private void minMax(Markdown md, Normalization n) {
        md.paragraph("The inputs are scaled with the minimum and the range (maximum - minimum) of the "
                + c.step().data().size() + " training samples, as training does, "
                + Markdown.math("(x - \\min) / (\\max - \\min)") + " (a constant input has range 1). From here on "
                + names(c.model().input().size(), s::input) + " stand for the scaled values.");
        scalingTable(md, n, "minimum", "range", "scaled");
    }

    /** The first sample's inputs as in the file, the two statistics and the scaled values (the middle cut when long). */
    private void scalingTable(Markdown md, Normalization n, String shift, String scale, String scaled) {
        List<List<String>> rows = new ArrayList<>();
        double[] raw = c.step().data().input(0);
        double[] x = c.step().input(0);
        for (int i = 0; i < raw.length; i++) {
            if (raw.length > 8 && i == 6) {
                rows.add(List.of("…", "", "", "", ""));
                i = raw.length - 1;
            }
            rows.add(List.of(Markdown.math(s.input(i)), Num.plain(raw[i]), Num.plain(n.mean()[i]), Num.plain(n.std()[i]),
                    Num.plain(x[i])));
        }
        md.table(List.of("input", "in the file", shift, scale, scaled), rows);
    }

    private static String names(int count, java.util.function.IntFunction<String> name) {
        if (count > 3) {
            return Markdown.math(name.apply(0)) + " to " + Markdown.math(name.apply(count - 1));
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(Markdown.math(name.apply(i)));
        }
        return list(names);
    }

    /** At most eight items: the first six, an ellipsis and the last. */
    private static List<String> shorten(List<String> items) {
        if (items.size() <= 8) {
            return items;
        }
        List<String> shorter = new ArrayList<>(items.subList(0, 6));
        shorter.add("…");
        shorter.add(items.get(items.size() - 1));
        return shorter;
    }

    /** "a", "a and b", "a, b and c". */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
