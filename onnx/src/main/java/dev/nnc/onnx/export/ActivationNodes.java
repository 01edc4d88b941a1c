package dev.nnc.onnx.export;

import dev.nnc.compiler.model.Precision;
import dev.nnc.runtime.Activation;
import java.util.List;

/**
 * A layer's activation as ONNX nodes. Each activation is its own ONNX operator where onnxruntime's
 * CPU provider runs it in the model's element type; in double, leaky_relu, elu and softplus have no
 * kernel there, so they are written with element-wise operators that compute what nnc's classes
 * compute ({@code x > 0 ? x : a*x}, {@code x > 0 ? x : a*(e^x - 1)}, and softplus as
 * {@code max(x, 0) + log1p(e^-|x|)}, with log1p written so that it keeps its precision for small
 * arguments); silu's sigmoid is spelled out too, see {@link #sigmoid}.
 */
final class ActivationNodes {
    private ActivationNodes() {
    }

    /**
     * Adds the nodes of {@code activation} (slope or scale {@code a}) applied to {@code net} for the
     * layer named {@code layer}, writing {@code out}; returns {@code net} itself for linear.
     */
    static String write(GraphBuilder g, String layer, Activation activation, double a, String net, String out) {
        String p = layer + "/";
        boolean doubles = g.precision() == Precision.DOUBLE;
        return switch (activation) {
            case LINEAR -> net;
            case SIGMOID -> g.node(p + "Sigmoid", "Sigmoid", out, List.of(net));
            case TANH -> g.node(p + "Tanh", "Tanh", out, List.of(net));
            case RELU -> g.node(p + "Relu", "Relu", out, List.of(net));
            case SOFTMAX -> g.node(p + "Softmax", "Softmax", out, List.of(net), GraphBuilder.intAttribute("axis", -1));
            case SILU -> g.node(p + "Mul", "Mul", out, List.of(net, doubles ? sigmoid(g, p, net)
                    : g.node(p + "Sigmoid", "Sigmoid", p + "sigmoid", List.of(net))));
            case LEAKY_RELU -> doubles ? positiveOr(g, p, net, g.node(p + "Mul", "Mul", p + "scaled",
                    List.of(g.scalar(p + "alpha", a), net)), out)
                    : g.node(p + "LeakyRelu", "LeakyRelu", out, List.of(net), GraphBuilder.floatAttribute("alpha", a));
            case ELU -> doubles ? positiveOr(g, p, net, elu(g, p, a, net), out)
                    : g.node(p + "Elu", "Elu", out, List.of(net), GraphBuilder.floatAttribute("alpha", a));
            case SOFTPLUS -> doubles ? softplus(g, p, net, out) : g.node(p + "Softplus", "Softplus", out, List.of(net));
        };
    }

    /** {@code net > 0 ? net : otherwise}, as nnc writes its piecewise activations. */
    private static String positiveOr(GraphBuilder g, String p, String net, String otherwise, String out) {
        String positive = g.node(p + "Greater", "Greater", p + "positive", List.of(net, g.scalar(p + "zero", 0.0)));
        return g.node(p + "Where", "Where", out, List.of(positive, net, otherwise));
    }

    /**
     * {@code 1 / (1 + e^-net)}, as nnc writes the sigmoid: onnxruntime fuses {@code Mul(x, Sigmoid(x))}
     * into an operator it has only in float, so silu's sigmoid is spelled out in double.
     */
    private static String sigmoid(GraphBuilder g, String p, String net) {
        String neg = g.node(p + "Neg", "Neg", p + "neg", List.of(net));
        String exp = g.node(p + "Exp", "Exp", p + "exp", List.of(neg));
        String one = g.scalar(p + "one", 1.0);
        String denominator = g.node(p + "Add", "Add", p + "one_plus", List.of(one, exp));
        return g.node(p + "Reciprocal", "Reciprocal", p + "sigmoid", List.of(denominator));
    }

    /** {@code a * (e^net - 1)}. */
    private static String elu(GraphBuilder g, String p, double a, String net) {
        String exp = g.node(p + "Exp", "Exp", p + "exp", List.of(net));
        String less = g.node(p + "Sub", "Sub", p + "expm1", List.of(exp, g.scalar(p + "one", 1.0)));
        return g.node(p + "Mul", "Mul", p + "scaled", List.of(g.scalar(p + "alpha", a), less));
    }

    /**
     * {@code max(net, 0) + log1p(e^-|net|)}, nnc's softplus, which neither overflows nor loses small
     * values. ONNX has no log1p: with {@code u = e^-|net|} and {@code w = 1 + u}, log1p(u) is
     * {@code u} where w rounds to 1 and else {@code u * ln(w) / (w - 1)} (Goldberg's correction, accurate to
     * a few ulps).
     */
    private static String softplus(GraphBuilder g, String p, String net, String out) {
        String positive = g.node(p + "Relu", "Relu", p + "positive_part", List.of(net));
        String abs = g.node(p + "Abs", "Abs", p + "abs", List.of(net));
        String neg = g.node(p + "Neg", "Neg", p + "neg_abs", List.of(abs));
        String u = g.node(p + "Exp", "Exp", p + "exp", List.of(neg));
        String one = g.scalar(p + "one", 1.0);
        String w = g.node(p + "AddOne", "Add", p + "one_plus", List.of(one, u));
        String d = g.node(p + "Sub", "Sub", p + "rounded", List.of(w, one));
        String log = g.node(p + "Log", "Log", p + "log", List.of(w));
        String ratio = g.node(p + "Div", "Div", p + "ratio", List.of(log, d));
        String corrected = g.node(p + "Mul", "Mul", p + "corrected", List.of(u, ratio));
        String exact = g.node(p + "Equal", "Equal", p + "w_is_one", List.of(w, one));
        String log1p = g.node(p + "Where", "Where", p + "log1p", List.of(exact, u, corrected));
        return g.node(p + "Add", "Add", out, List.of(positive, log1p));
    }
}
