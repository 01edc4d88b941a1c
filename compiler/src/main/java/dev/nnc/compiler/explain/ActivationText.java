package dev.nnc.compiler.explain;

import dev.nnc.compiler.graph.ActivationFunction;
import dev.nnc.compiler.graph.Formula;
import dev.nnc.compiler.graph.Term;
import dev.nnc.runtime.Activation;

/**
 * An element-wise activation in words and in LaTeX, its definition and its derivative, each with
 * the numbers put in: the words and formulas come from the activation's definition ({@link
 * ActivationFunction}), the numbers from evaluating its graph. (Softmax acts on a whole layer;
 * {@link ForwardWriter} writes it.)
 */
final class ActivationText {
    private ActivationText() {
    }

    /** What a neuron does with its net input, to finish the sentence "adds up ... and". */
    static String phrase(Activation activation, double alpha) {
        if (activation == Activation.SOFTMAX) {
            return "then softmax turns the layer's net inputs into probabilities that add up to 1";
        }
        return ActivationFunction.elementwise(activation).phrase(Num.plain(alpha));
    }

    /** {@code out = f(net) = f(number) = value}, from the right of {@code out =}. */
    static String definition(Activation activation, double alpha, String net, double netValue, double outValue) {
        Formula formula = ActivationFunction.elementwise(activation).formula();
        String value = " = " + Num.tex(outValue);
        return switch (formula.kind()) {
            case IDENTITY -> net + value;
            case SMOOTH, PIECEWISE -> symbolic(formula, net, "out", alpha) + " = "
                    + formula.at(netValue).tex(number(netValue), number(outValue), number(alpha)) + value;
        };
    }

    /** The formula of {@code d out / d net} and its value, from the right of the equals sign. */
    static String derivative(Activation activation, double alpha, String out, String net, double outValue,
                             double netValue) {
        Formula formula = ActivationFunction.elementwise(activation).derivativeFormula();
        String d = Num.tex(derivativeValue(activation, alpha, outValue, netValue));
        return switch (formula.kind()) {
            case IDENTITY -> "1 \\quad \\text{(linear: } " + out + " = " + net + ")";
            case SMOOTH -> symbolic(formula, net, out, alpha) + " = "
                    + formula.positive().tex(number(netValue), number(outValue), number(alpha)) + " = " + d;
            case PIECEWISE -> d + " \\quad \\text{because } " + net + " = " + Num.tex(netValue)
                    + (netValue > 0 ? " \\gt 0" : " \\le 0");
        };
    }

    /** The symbolic form of {@code d out / d net}, for a summary: {@code out(1 - out)}. */
    static String derivativeFormula(Activation activation, double alpha, String out, String net) {
        return symbolic(ActivationFunction.elementwise(activation).derivativeFormula(), net, out, alpha);
    }

    /** The symbolic form of {@code f(net)}, for a summary: {@code \frac{1}{1 + e^{-net}}}. */
    static String definitionFormula(Activation activation, double alpha, String net) {
        return symbolic(ActivationFunction.elementwise(activation).formula(), net, "out", alpha);
    }

    /** {@code d out / d net} at this point (relu's is 0 at 0, as the generated code has it). */
    static double derivativeValue(Activation activation, double alpha, double out, double net) {
        return ActivationFunction.elementwise(activation).derivativeValue(alpha, net);
    }

    /** A formula with symbols for the net input and output and the parameter's number. */
    private static String symbolic(Formula formula, String net, String out, double alpha) {
        Term n = symbol(net);
        Term o = symbol(out);
        Term a = number(alpha);
        return switch (formula.kind()) {
            case IDENTITY -> net;
            case SMOOTH -> formula.positive().tex(n, o, a);
            case PIECEWISE -> formula.positive().tex(n, o, a) + " \\text{ if } " + net
                    + " \\gt 0 \\text{ else } " + formula.otherwise().tex(n, o, a);
        };
    }

    private static Term symbol(String name) {
        return new Term() {
            @Override
            public String tex() {
                return name;
            }

            @Override
            public String negated() {
                return "-" + name;
            }

            @Override
            public String factor() {
                return name;
            }
        };
    }

    private static Term number(double value) {
        return new Term() {
            @Override
            public String tex() {
                return Num.tex(value);
            }

            @Override
            public String negated() {
                return Num.tex(-value);
            }

            @Override
            public String factor() {
                return Num.factor(value);
            }
        };
    }
}
