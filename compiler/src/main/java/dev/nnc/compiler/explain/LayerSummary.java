package dev.nnc.compiler.explain;

import dev.nnc.compiler.graph.LayerNodes;
import dev.nnc.compiler.model.Layer;
import dev.nnc.runtime.Activation;
import dev.nnc.runtime.BiasMode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * The derivation of a large network, layer by layer: the equations in index form
 * ({@code net_{hj} = \sum_i w_{ji} x_i + b_j}, {@code \delta_j = ...}), a table of a few neurons'
 * values, and norms, instead of one equation per weight.
 */
final class LayerSummary {
    private static final String E = Symbols.LOSS;
    /** How many neurons the tables show (the first ones, then the one with the largest delta). */
    private static final int SHOWN = 4;

    private final Context c;
    private final Symbols s;
    private final FirstStep step;

    LayerSummary(Context context) {
        this.c = context;
        this.s = context.symbols();
        this.step = context.step();
    }

    void write(Markdown md) {
        md.paragraph("With " + c.model().weightCount() + " weights this network is explained layer by layer, with the "
                + "equations in index form and the values of a few neurons, rather than weight by weight.");
        md.heading(2, "The forward pass");
        for (int l = 0; l < c.model().layers().size(); l++) {
            forward(md, l);
        }
        new ForwardWriter(c).loss(md);
        md.heading(2, "The backward pass");
        md.paragraph("The chain rule, from the output layer back. Each neuron's node delta "
                + Markdown.math("\\delta = " + Symbols.partial(E, "net")) + " is computed once and shared by every "
                + "parameter that feeds the neuron.");
        for (int l = c.model().layers().size() - 1; l >= 0; l--) {
            backward(md, l);
        }
    }

    /** {@code h} as a LaTeX subscript prefix, so neuron j of h is {@code hj}. */
    private String layerId(int l) {
        return Symbols.id(c.layer(l).name());
    }

    private String net(int l, String j) {
        return "net_{" + layerId(l) + j + "}";
    }

    private String out(int l, String j) {
        return "out_{" + layerId(l) + j + "}";
    }

    private String delta(int l, String j) {
        return "\\delta_{" + layerId(l) + j + "}";
    }

    private String weight(int l, String indices) {
        return "w_{" + indices + "}^{(" + layerId(l) + ")}";
    }

    private String source(int l, String i) {
        return l == 0 ? Symbols.id(c.model().input().name()) + "_{" + i + "}" : out(l - 1, i);
    }

    private void forward(Markdown md, int l) {
        Layer layer = c.layer(l);
        md.heading(3, "Layer " + layer.name() + " (" + c.where(l) + "): " + layer.size() + " "
                + layer.activation().spelling() + " neuron" + (layer.size() == 1 ? "" : "s") + " fed by " + layer.fanIn() + " "
                + (l == 0 ? "inputs" : "outputs of layer " + c.layer(l - 1).name()));
        String bias = layer.bias().mode() == BiasMode.NONE ? "" : " + b_{" + layerId(l) + "j}";
        String act = layer.activation() == Activation.SOFTMAX
                ? "\\frac{e^{" + net(l, "j") + "}}{\\sum_{k} e^{" + net(l, "k") + "}}"
                : ActivationText.definitionFormula(layer.activation(), layer.alpha(), net(l, "j"));
        md.equation(net(l, "j") + " = \\sum_{i=1}^{" + layer.fanIn() + "} " + weight(l, "ji") + " \\cdot "
                + source(l, "i") + bias + ", \\quad " + out(l, "j") + " = " + act);
        int first = c.model().weightOffset(l);
        md.paragraph(Markdown.math(weight(l, "ji")) + ", the weight from " + Markdown.math(source(l, "i")) + " to "
                + layer.name() + "j, is " + Markdown.math("w_{n}") + " in the code with " + Markdown.math("n = "
                + (first == 0 ? "" : first + " + ") + layer.fanIn() + "(j - 1) + i") + biasNumbering(l) + ".");
        List<List<String>> rows = new ArrayList<>();
        LayerNodes nodes = c.nodes(l);
        double norm = 0;
        for (int j = 0; j < layer.size(); j++) {
            norm += step.value(nodes.out().get(j)) * step.value(nodes.out().get(j));
        }
        for (int j : shownNeurons(l)) {
            rows.add(List.of(layer.name() + (j + 1), Num.plain(step.value(nodes.net().get(j))),
                    Num.plain(step.value(nodes.out().get(j)))));
        }
        md.table(List.of("neuron", "net", "out"), rows);
        md.paragraph("Over the whole layer, " + Markdown.math("\\lVert out_{" + layerId(l) + "} \\rVert = "
                + Num.tex(Math.sqrt(norm))) + ".");
    }

    private String biasNumbering(int l) {
        Layer layer = c.layer(l);
        OptionalInt b = s.bias(l, 0);
        if (b.isEmpty()) {
            return "";
        }
        String first = s.param(b.getAsInt());
        return layer.bias().mode() == BiasMode.SHARED
                ? "; the layer shares one bias, " + Markdown.math(first) + " (" + Markdown.math("b_{" + layerId(l) + "j}")
                        + " above)" + (layer.bias().frozen() ? ", frozen" : "")
                : "; " + Markdown.math("b_{" + layerId(l) + "j}") + " is " + Markdown.math("b_{n}") + " with "
                        + Markdown.math("n = " + (c.model().biasOffset(l) == 0 ? "" : c.model().biasOffset(l) + " + ") + "j")
                        + (layer.bias().frozen() ? ", frozen" : "");
    }

    private void backward(Markdown md, int l) {
        Layer layer = c.layer(l);
        md.heading(3, (c.isOutput(l) ? "Output layer " : "Hidden layer ") + layer.name() + " (" + c.where(l) + ")");
        String derivative = layer.activation() == Activation.SOFTMAX ? ""
                : ActivationText.derivativeFormula(layer.activation(), layer.alpha(), out(l, "j"), net(l, "j"));
        if (c.isOutput(l) && c.loss().fused()) {
            md.paragraph(c.loss().fusedReason());
            md.equation(delta(l, "j") + " = " + c.loss().fusedDelta("t_{j}", out(l, "j")));
        } else if (c.isOutput(l) && layer.activation() == Activation.SOFTMAX) {
            md.equation(delta(l, "j") + " = " + out(l, "j") + "(" + Symbols.partial(E, out(l, "j")) + " - \\sum_{k} "
                    + out(l, "k") + " " + Symbols.partial(E, out(l, "k")) + "), \\quad " + Symbols.partial(E, out(l, "j"))
                    + " = " + c.loss().gradient("t_{j}", out(l, "j")));
        } else if (c.isOutput(l)) {
            md.equation(delta(l, "j") + " = " + Symbols.partial(E, out(l, "j")) + " \\cdot "
                    + Symbols.partial(out(l, "j"), net(l, "j")) + " = " + "(" + c.loss().gradient("t_{j}", out(l, "j"))
                    + ") \\cdot " + parenthesised(derivative));
        } else {
            md.equation(Symbols.partial(E, out(l, "j")) + " = \\sum_{k} " + delta(l + 1, "k") + " \\cdot "
                    + weight(l + 1, "kj") + ", \\quad " + delta(l, "j") + " = " + Symbols.partial(E, out(l, "j"))
                    + " \\cdot " + parenthesised(derivative));
        }
        String biasGradient = layer.bias().mode() == BiasMode.NONE || layer.bias().frozen() ? ""
                : ", \\quad " + Symbols.partial(E, "b_{" + layerId(l) + "j}") + " = "
                + (layer.bias().mode() == BiasMode.SHARED ? "\\sum_{j} " + delta(l, "j") : delta(l, "j"));
        md.equation(Symbols.partial(E, weight(l, "ji")) + " = " + delta(l, "j") + " \\cdot " + source(l, "i") + biasGradient);
        table(md, l);
    }

    private static String parenthesised(String tex) {
        return tex.equals("1") || !tex.contains(" ") ? tex : "(" + tex + ")";
    }

    private void table(Markdown md, int l) {
        Layer layer = c.layer(l);
        LayerNodes nodes = c.nodes(l);
        boolean factors = !(c.isOutput(l) && (c.loss().fused() || layer.activation() == Activation.SOFTMAX));
        List<List<String>> rows = new ArrayList<>();
        for (int j : shownNeurons(l)) {
            List<String> row = new ArrayList<>(List.of(layer.name() + (j + 1)));
            if (factors) {
                row.add(Num.plain(step.adjoint(nodes.out().get(j))));
                row.add(Num.plain(ActivationText.derivativeValue(layer.activation(), layer.alpha(),
                        step.value(nodes.out().get(j)), step.value(nodes.net().get(j)))));
            }
            row.add(Num.plain(step.adjoint(nodes.net().get(j))));
            rows.add(row);
        }
        md.table(factors ? List.of("neuron", "dE/dout", "dout/dnet", "delta") : List.of("neuron", "delta"), rows);
        double deltas = 0;
        for (int j = 0; j < layer.size(); j++) {
            deltas += Math.pow(step.adjoint(nodes.net().get(j)), 2);
        }
        double gradients = 0;
        int largest = c.model().weightOffset(l);
        for (int p = c.model().weightOffset(l); p < c.model().weightOffset(l) + layer.weights().size(); p++) {
            gradients += step.gradient(p) * step.gradient(p);
            if (Math.abs(step.gradient(p)) > Math.abs(step.gradient(largest))) {
                largest = p;
            }
        }
        md.paragraph("Over the whole layer, " + Markdown.math("\\lVert \\delta_{" + layerId(l) + "} \\rVert = "
                + Num.tex(Math.sqrt(deltas))) + " and the gradient of its " + layer.weights().size() + " weights has norm "
                + Markdown.math(Num.tex(Math.sqrt(gradients))) + "; the largest is " + Markdown.math(
                Symbols.partial(E, s.param(largest)) + " = " + Num.tex(step.gradient(largest))) + ".");
    }

    /** The first few neurons of layer {@code l}, and the one with the largest delta if it is not among them. */
    private List<Integer> shownNeurons(int l) {
        int size = c.layer(l).size();
        List<Integer> shown = new ArrayList<>();
        for (int j = 0; j < Math.min(SHOWN, size); j++) {
            shown.add(j);
        }
        int largest = 0;
        for (int j = 1; j < size; j++) {
            if (Math.abs(step.adjoint(c.nodes(l).net().get(j))) > Math.abs(step.adjoint(c.nodes(l).net().get(largest)))) {
                largest = j;
            }
        }
        if (!shown.contains(largest)) {
            shown.add(largest);
        }
        return shown;
    }

    /** Per layer: its first weight, its weight with the largest gradient, and its first trainable bias. */
    List<Integer> representativeParameters() {
        TreeSet<Integer> shown = new TreeSet<>();
        for (int l = 0; l < c.model().layers().size(); l++) {
            int first = c.model().weightOffset(l);
            int largest = first;
            for (int p = first; p < first + c.layer(l).weights().size(); p++) {
                if (Math.abs(step.meanGradient(p)) > Math.abs(step.meanGradient(largest))) {
                    largest = p;
                }
            }
            shown.add(first);
            shown.add(largest);
            s.bias(l, 0).ifPresent(b -> {
                if (step.trainable(b)) {
                    shown.add(b);
                }
            });
        }
        return new ArrayList<>(shown);
    }
}
