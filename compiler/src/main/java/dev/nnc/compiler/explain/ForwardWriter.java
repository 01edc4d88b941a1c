package dev.nnc.compiler.explain;

import dev.nnc.compiler.emit.SymbolTable.Computes;
import dev.nnc.compiler.graph.LayerNodes;
import dev.nnc.compiler.model.Layer;
import dev.nnc.runtime.Activation;
import dev.nnc.runtime.BiasMode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** The forward pass and the loss, neuron by neuron, with the numbers of the first sample. */
final class ForwardWriter {
    private final Context c;
    private final Symbols s;
    private final FirstStep step;

    ForwardWriter(Context context) {
        this.c = context;
        this.s = context.symbols();
        this.step = context.step();
    }

    void write(Markdown md) {
        md.heading(2, "The forward pass");
        md.paragraph("The sample flows through the network one layer at a time.");
        for (int l = 0; l < c.model().layers().size(); l++) {
            layer(md, l);
        }
        loss(md);
    }

    private void layer(Markdown md, int l) {
        Layer layer = c.layer(l);
        LayerNodes nodes = c.nodes(l);
        md.heading(3, "Layer " + layer.name() + " (" + c.where(l) + ")");
        String adds = "Each neuron adds up its weighted inputs" + (layer.bias().mode() == BiasMode.NONE ? "" : " and its bias");
        boolean softmax = layer.activation() == Activation.SOFTMAX;
        md.paragraph(adds + (softmax ? "; then softmax turns the layer's net inputs into probabilities that add up to 1."
                : ", and " + ActivationText.phrase(layer.activation(), layer.alpha()) + ":"));
        List<Computes> keys = new ArrayList<>();
        for (int j = 0; j < layer.size(); j++) {
            md.equation(s.net(l, j) + " = " + netInput(l, j) + " = " + Num.tex(step.value(nodes.net().get(j))));
            keys.addAll(c.code().net(l, j));
            if (!softmax) {
                md.equation(s.out(l, j) + " = " + ActivationText.definition(layer.activation(), layer.alpha(),
                        s.net(l, j), step.value(nodes.net().get(j)), step.value(nodes.out().get(j))));
                keys.addAll(c.code().out(l, j));
            }
        }
        if (softmax) {
            softmax(md, l, keys);
        }
        c.quote(md, keys);
    }

    /** Written out term by term up to this many inputs, as a sum over i beyond. */
    static final int WRITTEN_OUT = 4;

    /** {@code w_{1} \cdot i_{1} + w_{2} \cdot i_{2} + b_{1} = 0.15 \cdot 0.05 + ...}, or a sum over i. */
    private String netInput(int l, int j) {
        Layer layer = c.layer(l);
        OptionalInt bias = s.bias(l, j);
        String biasTerm = bias.isPresent() ? " + " + s.param(bias.getAsInt()) : "";
        if (layer.fanIn() > WRITTEN_OUT) {
            int base = s.weight(l, j, 0);
            String source = l == 0 ? Symbols.id(c.model().input().name()) + "_{i}"
                    : "out_{" + Symbols.id(c.layer(l - 1).name()) + "i}";
            return "\\sum_{i=1}^{" + layer.fanIn() + "} w_{" + (base == 0 ? "" : base + " + ") + "i} \\cdot " + source
                    + biasTerm;
        }
        List<String> symbols = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < layer.fanIn(); i++) {
            int w = s.weight(l, j, i);
            symbols.add(s.param(w) + " \\cdot " + s.source(l, i));
            numbers.add(Num.tex(step.param(w)) + " \\cdot " + Num.factor(c.source(l, i)));
        }
        bias.ifPresent(b -> numbers.add(Num.tex(step.param(b))));
        return String.join(" + ", symbols) + biasTerm + " = " + Num.sum(numbers);
    }

    private void softmax(Markdown md, int l, List<Computes> keys) {
        LayerNodes nodes = c.nodes(l);
        int n = c.layer(l).size();
        String name = Symbols.id(c.layer(l).name());
        md.paragraph("Softmax divides each neuron's exponential by the sum of the layer's:");
        List<String> exps = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        double sum = 0;
        for (int j = 0; j < n; j++) {
            double net = step.value(nodes.net().get(j));
            exps.add("e^{" + s.net(l, j) + "}");
            numbers.add("e^{" + Num.tex(net) + "}");
            sum += dev.nnc.runtime.Exp.exp(net);
        }
        String denominator = n <= 4 ? String.join(" + ", exps) : "\\sum_{j} e^{net_{" + name + "j}}";
        for (int j = 0; j < n; j++) {
            String numbersBelow = n <= 4 ? String.join(" + ", numbers) : Num.tex(sum);
            md.equation(s.out(l, j) + " = \\frac{" + exps.get(j) + "}{" + denominator + "} = \\frac{" + numbers.get(j)
                    + "}{" + numbersBelow + "} = " + Num.tex(step.value(nodes.out().get(j))));
        }
        md.paragraph("The code first subtracts the largest net input from each of them, which leaves the quotients "
                + "unchanged and keeps the exponentials from overflowing.");
        keys.addAll(c.code().softmax(l));
        for (int j = 0; j < n; j++) {
            keys.addAll(c.code().out(l, j));
        }
    }

    void loss(Markdown md) {
        int last = c.model().layers().size() - 1;
        LayerNodes output = c.nodes(last);
        LossText loss = c.loss();
        md.heading(2, "The loss");
        md.paragraph("The loss is " + Markdown.code(c.model().loss().spelling()) + ", " + loss.description()
                + ". Each output contributes one term:");
        List<String> terms = new ArrayList<>();
        List<String> values = new ArrayList<>();
        double[] t = step.data().target(0);
        for (int k = 0; k < output.out().size(); k++) {
            double y = step.value(output.out().get(k));
            double net = step.value(output.net().get(k));
            double value = loss.termValue(t[k], y, net);
            String term = "E_{" + Symbols.id(s.neuron(last, k)) + "}";
            md.equation(term + " = " + loss.term(s.target(k), s.out(last, k)) + " = "
                    + loss.term(Num.factor(t[k]), Num.factor(y)) + " = " + Num.tex(value));
            terms.add(term);
            values.add(Num.tex(value));
        }
        md.equation(Symbols.LOSS + " = " + loss.total(String.join(" + ", terms))
                + (terms.size() > 1 || loss.averaged() ? " = " + loss.total(Num.sum(values)) : "")
                + " = " + Num.tex(step.lossBefore()));
        if (loss.fused()) {
            md.paragraph("The code computes the logarithms in a form that never takes the log of 0 ("
                    + (c.model().output().activation() == Activation.SIGMOID
                    ? "through softplus of the net input" : "from the net inputs, the largest of them and the log of the "
                    + "sum of exponentials") + "); the value is the same.");
        }
        c.quote(md, List.of(c.code().loss()));
    }
}
