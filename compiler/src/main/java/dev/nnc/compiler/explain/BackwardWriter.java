package dev.nnc.compiler.explain;

import dev.nnc.compiler.emit.SymbolTable.Computes;
import dev.nnc.compiler.graph.LayerNodes;
import dev.nnc.compiler.model.Layer;
import dev.nnc.runtime.Activation;
import dev.nnc.runtime.BiasMode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The backward pass, neuron by neuron from the output layer back: for each neuron the factors of
 * the chain rule with their values, the gradient of every weight into it, and its node delta, the
 * shared factor the generated code computes once.
 */
final class BackwardWriter {
    private static final String E = Symbols.LOSS;

    private final Context c;
    private final Symbols s;
    private final FirstStep step;

    BackwardWriter(Context context) {
        this.c = context;
        this.s = context.symbols();
        this.step = context.step();
    }

    void write(Markdown md) {
        md.heading(2, "The backward pass");
        md.paragraph("Backpropagation asks, for every parameter, how much a small change in it changes the loss: the "
                + "partial derivative " + Markdown.math(Symbols.partial(E, "w")) + ". The chain rule splits it along the "
                + "path from the parameter to the loss, one factor per step, starting at the output layer.");
        for (int l = c.model().layers().size() - 1; l >= 0; l--) {
            layer(md, l);
        }
    }

    private void layer(Markdown md, int l) {
        Layer layer = c.layer(l);
        md.heading(3, (c.isOutput(l) ? "Output layer " : "Hidden layer ") + layer.name() + " (" + c.where(l) + ")");
        if (c.isOutput(l) && c.loss().fused()) {
            md.paragraph(c.loss().fusedReason() + " So the backward pass starts at each output's net input, with its "
                    + "node delta " + Markdown.math(s.delta(l, 0) + " = " + Symbols.partial(E, s.net(l, 0)))
                    + " given directly.");
        } else if (c.isOutput(l) && layer.activation() == Activation.SOFTMAX) {
            md.paragraph("Every softmax output depends on every net input of the layer, so each node delta collects "
                    + "the loss's derivative through all of them: " + Markdown.math("\\delta_{j} = out_{j}"
                    + "(\\frac{\\partial E}{\\partial out_{j}} - \\sum_{k} out_{k} \\frac{\\partial E}{\\partial out_{k}})")
                    + ".");
        }
        for (int j = 0; j < layer.size(); j++) {
            neuron(md, l, j, j == 0);
        }
        bias(md, l);
    }

    private void neuron(Markdown md, int l, int j, boolean first) {
        Layer layer = c.layer(l);
        LayerNodes nodes = c.nodes(l);
        md.heading(4, "Neuron " + s.neuron(l, j));
        double delta = step.adjoint(nodes.net().get(j));
        String deltaIs = s.delta(l, j) + " = " + Symbols.partial(E, s.net(l, j));
        if (c.isOutput(l) && c.loss().fused()) {
            double t = step.data().target(0)[j];
            double y = step.value(nodes.out().get(j));
            md.equation(deltaIs + " = " + c.loss().fusedDelta(s.target(j), s.out(l, j)) + " = "
                    + c.loss().fusedDelta(Num.factor(t), Num.factor(y)) + " = " + Num.tex(delta));
            weightsThroughDelta(md, l, j, first);
        } else if (c.isOutput(l) && layer.activation() == Activation.SOFTMAX) {
            softmaxDelta(md, l, j, deltaIs, delta);
            weightsThroughDelta(md, l, j, first);
        } else {
            double dOut = step.adjoint(nodes.out().get(j));
            double dAct = ActivationText.derivativeValue(layer.activation(), layer.alpha(),
                    step.value(nodes.out().get(j)), step.value(nodes.net().get(j)));
            if (c.isOutput(l)) {
                outputFactor(md, l, j, first);
            } else {
                hiddenFactor(md, l, j, first);
            }
            if (first) {
                md.paragraph("How much does " + Markdown.math(s.out(l, j)) + " change with its net input?");
            }
            md.equation(Symbols.partial(s.out(l, j), s.net(l, j)) + " = " + ActivationText.derivative(layer.activation(),
                    layer.alpha(), s.out(l, j), s.net(l, j), step.value(nodes.out().get(j)),
                    step.value(nodes.net().get(j))));
            if (first) {
                md.paragraph("Each weight into " + s.neuron(l, j) + " changes " + Markdown.math(s.net(l, j))
                        + " by the value it carries (" + Markdown.math(Symbols.partial(s.net(l, j), s.param(s.weight(l, j, 0)))
                        + " = " + s.source(l, 0)) + "). The chain rule multiplies the three factors:");
            }
            for (int i = 0; i < layer.fanIn(); i++) {
                int w = s.weight(l, j, i);
                md.equation(Symbols.partial(E, s.param(w)) + " = " + Symbols.partial(E, s.out(l, j)) + " \\cdot "
                        + Symbols.partial(s.out(l, j), s.net(l, j)) + " \\cdot " + Symbols.partial(s.net(l, j), s.param(w))
                        + " = " + Num.tex(dOut) + " \\cdot " + Num.factor(dAct) + " \\cdot " + Num.factor(c.source(l, i))
                        + " = " + Num.tex(step.gradient(w)));
            }
            md.paragraph(first ? "The first two factors are the same for every weight into " + s.neuron(l, j)
                    + ". Their product is the node delta, " + Markdown.math(deltaIs) + ", computed once and reused:"
                    : "The node delta:");
            md.equation(deltaIs + " = " + Symbols.partial(E, s.out(l, j)) + " \\cdot "
                    + Symbols.partial(s.out(l, j), s.net(l, j)) + " = " + Num.tex(dOut) + " \\cdot " + Num.factor(dAct)
                    + " = " + Num.tex(delta));
            deltaForm(md, l, j);
        }
        List<Computes> keys = new ArrayList<>(c.code().delta(l, j));
        for (int i = 0; i < layer.fanIn(); i++) {
            keys.add(c.code().gradientSum(s.weight(l, j, i)));
        }
        OptionalInt bias = s.bias(l, j);
        if (bias.isPresent() && layer.bias().mode() == BiasMode.PER_NEURON && step.trainable(bias.getAsInt())) {
            int b = bias.getAsInt();
            md.equation(Symbols.partial(E, s.param(b)) + " = " + s.delta(l, j) + " \\cdot "
                    + Symbols.partial(s.net(l, j), s.param(b)) + " = " + s.delta(l, j) + " \\cdot 1 = "
                    + Num.tex(step.gradient(b)));
            keys.add(c.code().gradientSum(b));
        }
        c.quote(md, keys);
    }

    /** dE/dout for an output neuron: the loss's derivative. */
    private void outputFactor(Markdown md, int l, int j, boolean first) {
        LayerNodes nodes = c.nodes(l);
        if (first) {
            md.paragraph("How much does the loss change with the output " + Markdown.math(s.out(l, j)) + "?");
        }
        double t = step.data().target(0)[j];
        double y = step.value(nodes.out().get(j));
        md.equation(Symbols.partial(E, s.out(l, j)) + " = " + c.loss().gradient(s.target(j), s.out(l, j)) + " = "
                + c.loss().gradient(Num.factor(t), Num.factor(y)) + " = " + Num.tex(step.adjoint(nodes.out().get(j))));
    }

    /** dE/dout for a hidden neuron: the sum over the neurons it feeds of their delta times the weight. */
    private void hiddenFactor(Markdown md, int l, int j, boolean first) {
        int next = l + 1;
        Layer fed = c.layer(next);
        List<String> symbols = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        List<String> products = new ArrayList<>();
        List<String> neurons = new ArrayList<>();
        List<String> weights = new ArrayList<>();
        for (int k = 0; k < fed.size(); k++) {
            int w = s.weight(next, k, j);
            double delta = step.adjoint(c.nodes(next).net().get(k));
            symbols.add(s.delta(next, k) + " \\cdot " + s.param(w));
            numbers.add(Num.tex(delta) + " \\cdot " + Num.factor(step.param(w)));
            products.add(Num.tex(delta * step.param(w)));
            neurons.add(s.neuron(next, k));
            weights.add(Markdown.math(s.param(w)));
        }
        String feeds = fed.size() <= 6 ? Introduction.list(neurons) + " (through " + Introduction.list(weights) + ")"
                : "all " + fed.size() + " neurons of layer " + fed.name();
        String why = fed.size() == 1
                ? ", so a change in it reaches the loss through " + neurons.get(0) + ": its derivative is "
                        + neurons.get(0) + "'s node delta (from above) times the weight between them:"
                : ", so a change in it reaches the loss through each of them. Its derivative is the sum over the "
                        + "neurons it feeds of their node delta (from above) times the weight between them:";
        md.paragraph(Markdown.math(s.out(l, j)) + " feeds " + feeds + (first ? why : ":"));
        String value = " = " + Num.tex(step.adjoint(c.nodes(l).out().get(j)));
        if (fed.size() > ForwardWriter.WRITTEN_OUT) {
            int base = s.weight(next, 0, j) + 1;
            md.equation(Symbols.partial(E, s.out(l, j)) + " = \\sum_{k=1}^{" + fed.size() + "} \\delta_{"
                    + Symbols.id(fed.name()) + "k} \\cdot w_{" + base + " + " + fed.fanIn() + "(k - 1)}" + value);
            return;
        }
        String sum = fed.size() > 1 ? " = " + Num.sum(products) : "";
        md.equation(Symbols.partial(E, s.out(l, j)) + " = " + String.join(" + ", symbols) + " = " + Num.sum(numbers)
                + sum + value);
    }

    private void softmaxDelta(Markdown md, int l, int j, String deltaIs, double delta) {
        LayerNodes nodes = c.nodes(l);
        double t = step.data().target(0)[j];
        double y = step.value(nodes.out().get(j));
        md.equation(Symbols.partial(E, s.out(l, j)) + " = " + c.loss().gradient(s.target(j), s.out(l, j)) + " = "
                + c.loss().gradient(Num.factor(t), Num.factor(y)) + " = " + Num.tex(step.adjoint(nodes.out().get(j))));
        double weighted = 0;
        for (int k = 0; k < nodes.out().size(); k++) {
            weighted += step.value(nodes.out().get(k)) * step.adjoint(nodes.out().get(k));
        }
        md.equation(deltaIs + " = " + s.out(l, j) + "(" + Symbols.partial(E, s.out(l, j)) + " - \\sum_{k} out_{"
                + Symbols.id(c.layer(l).name()) + "k} " + Symbols.partial(E, "out_{" + Symbols.id(c.layer(l).name()) + "k}")
                + ") = " + Num.tex(y) + "(" + Num.sum(List.of(Num.tex(step.adjoint(nodes.out().get(j))), Num.tex(-weighted)))
                + ") = " + Num.tex(delta));
    }

    /** Weights into an output neuron whose delta is given directly: dE/dw = delta * input. */
    private void weightsThroughDelta(Markdown md, int l, int j, boolean first) {
        Layer layer = c.layer(l);
        if (first) {
            md.paragraph("Each weight into " + s.neuron(l, j) + " changes " + Markdown.math(s.net(l, j))
                    + " by the value it carries, so its gradient is the node delta times that value:");
        }
        double delta = step.adjoint(c.nodes(l).net().get(j));
        for (int i = 0; i < layer.fanIn(); i++) {
            int w = s.weight(l, j, i);
            md.equation(Symbols.partial(E, s.param(w)) + " = " + Symbols.partial(E, s.net(l, j)) + " \\cdot "
                    + Symbols.partial(s.net(l, j), s.param(w)) + " = " + s.delta(l, j) + " \\cdot " + s.source(l, i)
                    + " = " + Num.tex(delta) + " \\cdot " + Num.factor(c.source(l, i)) + " = " + Num.tex(step.gradient(w)));
        }
    }

    /** "so that dE/dw5 = delta_o1 * out_h1 and ...": the form the code computes. */
    private void deltaForm(Markdown md, int l, int j) {
        Layer layer = c.layer(l);
        List<String> forms = new ArrayList<>();
        for (int i = 0; i < Math.min(layer.fanIn(), 3); i++) {
            forms.add(Markdown.math(Symbols.partial(E, s.param(s.weight(l, j, i))) + " = " + s.delta(l, j) + " \\cdot "
                    + s.source(l, i)));
        }
        if (layer.fanIn() > 3) {
            forms.add("so on");
        }
        md.paragraph("so that " + Introduction.list(forms) + ", which is how the code computes "
                + (layer.fanIn() == 1 ? "it." : "them."));
    }

    private void bias(Markdown md, int l) {
        Layer layer = c.layer(l);
        if (layer.bias().mode() == BiasMode.NONE) {
            return;
        }
        int first = s.bias(l, 0).orElseThrow();
        if (layer.bias().frozen()) {
            String which = layer.bias().mode() == BiasMode.SHARED ? "The bias " + Markdown.math(s.param(first)) + " is"
                    : "The biases of layer " + layer.name() + " are";
            md.paragraph(which + " frozen: " + (layer.bias().mode() == BiasMode.SHARED ? "it gets" : "they get")
                    + " no gradient and keep" + (layer.bias().mode() == BiasMode.SHARED ? "s" : "") + " "
                    + (layer.bias().mode() == BiasMode.SHARED ? "its value " + Num.plain(step.param(first)) : "their values")
                    + ".");
            return;
        }
        if (layer.bias().mode() != BiasMode.SHARED) {
            return;
        }
        List<String> deltas = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int j = 0; j < layer.size(); j++) {
            deltas.add(s.delta(l, j));
            values.add(Num.tex(step.adjoint(c.nodes(l).net().get(j))));
        }
        md.paragraph("The bias " + Markdown.math(s.param(first)) + " is shared by every neuron of the layer and adds 1 "
                + "times itself to each net input, so its gradient is the sum of the layer's node deltas:");
        md.equation(Symbols.partial(E, s.param(first)) + " = " + String.join(" + ", deltas) + " = "
                + Num.sum(values) + " = " + Num.tex(step.gradient(first)));
        c.quote(md, List.of(c.code().gradientSum(first)));
    }
}
