package dev.nnc.compiler.explain;

import dev.nnc.runtime.Activation;

/**
 * An element-wise activation in words and in LaTeX: its definition and its derivative, each with
 * the numbers put in. (Softmax acts on a whole layer; {@link ForwardWriter} writes it.)
 */
final class ActivationText {
    private ActivationText() {
    }

    /** What a neuron does with its net input, to finish the sentence "adds up ... and". */
    static String phrase(Activation activation, double alpha) {
        switch (activation) {
            case SIGMOID:
                return "squashes it with the logistic function";
            case TANH:
                return "squashes it with tanh";
            case RELU:
                return "keeps it if it is positive (relu)";
            case LEAKY_RELU:
                return "keeps it if it is positive, else scales it by " + Num.plain(alpha) + " (leaky_relu)";
            case LINEAR:
                return "passes it on unchanged (linear)";
            case SOFTMAX:
                return "then softmax turns the layer's net inputs into probabilities that add up to 1";
            default:
                throw new IllegalStateException(activation.toString());
        }
    }

    /** {@code out = f(net) = f(number) = value}, from the right of {@code out =}. */
    static String definition(Activation activation, double alpha, String net, double netValue, double outValue) {
        String n = Num.tex(netValue);
        String value = " = " + Num.tex(outValue);
        switch (activation) {
            case SIGMOID:
                return "\\frac{1}{1 + e^{-" + net + "}} = \\frac{1}{1 + e^{" + Num.tex(-netValue) + "}}" + value;
            case TANH:
                return "\\tanh(" + net + ") = \\tanh(" + n + ")" + value;
            case RELU:
                return "\\max(0, " + net + ") = \\max(0, " + n + ")" + value;
            case LEAKY_RELU:
                return net + " \\text{ if } " + net + " \\gt 0 \\text{ else } " + Num.tex(alpha) + " \\cdot " + net
                        + " = " + (netValue > 0 ? n : Num.tex(alpha) + " \\cdot " + Num.factor(netValue)) + value;
            case LINEAR:
                return net + value;
            default:
                throw new IllegalStateException("not element-wise: " + activation);
        }
    }

    /** The formula of {@code d out / d net} and its value, from the right of the equals sign. */
    static String derivative(Activation activation, double alpha, String out, String net, double outValue,
                             double netValue) {
        String o = Num.tex(outValue);
        String value = " = " + Num.tex(derivativeValue(activation, alpha, outValue, netValue));
        switch (activation) {
            case SIGMOID:
                return out + "(1 - " + out + ") = " + o + "(1 - " + o + ")" + value;
            case TANH:
                return "1 - " + out + "^{2} = 1 - " + Num.factor(outValue) + "^{2}" + value;
            case RELU:
            case LEAKY_RELU:
                return Num.tex(derivativeValue(activation, alpha, outValue, netValue)) + " \\quad \\text{because } "
                        + net + " = " + Num.tex(netValue) + (netValue > 0 ? " \\gt 0" : " \\le 0");
            case LINEAR:
                return "1 \\quad \\text{(linear: } " + out + " = " + net + ")";
            default:
                throw new IllegalStateException("not element-wise: " + activation);
        }
    }

    /** The symbolic form of {@code d out / d net}, for a summary: {@code out(1 - out)}. */
    static String derivativeFormula(Activation activation, double alpha, String out, String net) {
        switch (activation) {
            case SIGMOID:
                return out + "(1 - " + out + ")";
            case TANH:
                return "1 - " + out + "^{2}";
            case RELU:
                return "1 \\text{ if } " + net + " \\gt 0 \\text{ else } 0";
            case LEAKY_RELU:
                return "1 \\text{ if } " + net + " \\gt 0 \\text{ else } " + Num.tex(alpha);
            case LINEAR:
                return "1";
            default:
                throw new IllegalStateException("not element-wise: " + activation);
        }
    }

    /** The symbolic form of {@code f(net)}, for a summary: {@code \frac{1}{1 + e^{-net}}}. */
    static String definitionFormula(Activation activation, double alpha, String net) {
        switch (activation) {
            case SIGMOID:
                return "\\frac{1}{1 + e^{-" + net + "}}";
            case TANH:
                return "\\tanh(" + net + ")";
            case RELU:
                return "\\max(0, " + net + ")";
            case LEAKY_RELU:
                return net + " \\text{ if } " + net + " \\gt 0 \\text{ else } " + Num.tex(alpha) + " \\cdot " + net;
            case LINEAR:
                return net;
            default:
                throw new IllegalStateException("not element-wise: " + activation);
        }
    }

    /** {@code d out / d net} at this point (relu's is 0 at 0, as the generated code has it). */
    static double derivativeValue(Activation activation, double alpha, double out, double net) {
        switch (activation) {
            case SIGMOID:
                return out * (1 - out);
            case TANH:
                return 1 - out * out;
            case RELU:
                return net > 0 ? 1 : 0;
            case LEAKY_RELU:
                return net > 0 ? 1 : alpha;
            case LINEAR:
                return 1;
            default:
                throw new IllegalStateException("not element-wise: " + activation);
        }
    }
}
