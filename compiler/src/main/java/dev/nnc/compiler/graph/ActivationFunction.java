package dev.nnc.compiler.graph;

import dev.nnc.runtime.Activation;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Every element-wise activation, defined once: its value and its derivative as graph
 * expressions, its parameter, and how explain writes it. The unrolled equations, the loop layers,
 * the differentiator and explain all follow from these; softmax acts on a whole layer and is built
 * by {@link ForwardBuilder}.
 */
public enum ActivationFunction {
    LINEAR(Activation.LINEAR, List.of("identity", "id", "affine"), a -> "passes it on unchanged (linear)",
            Formula.IDENTITY, Formula.IDENTITY) {
        @Override
        public Node forward(Graph g, Node z, double a) {
            return z;
        }

        @Override
        public Node derivative(Graph g, Node z, Node y, Node adjoint, double a) {
            return adjoint;
        }
    },
    SIGMOID(Activation.SIGMOID, List.of("logistic", "sigma", "expit"), a -> "squashes it with the logistic function",
            Formula.smooth((net, out, p) -> "\\frac{1}{1 + e^{" + net.negated() + "}}"),
            Formula.smooth((net, out, p) -> out.tex() + "(1 - " + out.tex() + ")")) {
        @Override
        public Node forward(Graph g, Node z, double a) {
            return g.sigmoid(z);
        }

        @Override
        public Node derivative(Graph g, Node z, Node y, Node adjoint, double a) {
            return g.mul(g.mul(adjoint, y), g.sub(g.constant(1.0), y));
        }
    },
    TANH(Activation.TANH, List.of("hyperbolic_tangent"), a -> "squashes it with tanh",
            Formula.smooth((net, out, p) -> "\\tanh(" + net.tex() + ")"),
            Formula.smooth((net, out, p) -> "1 - " + out.factor() + "^{2}")) {
        @Override
        public Node forward(Graph g, Node z, double a) {
            return g.tanh(z);
        }

        @Override
        public Node derivative(Graph g, Node z, Node y, Node adjoint, double a) {
            return g.mul(adjoint, g.sub(g.constant(1.0), g.mul(y, y)));
        }
    },
    RELU(Activation.RELU, List.of("rectifier", "rectified_linear"), a -> "keeps it if it is positive (relu)",
            Formula.smooth((net, out, p) -> "\\max(0, " + net.tex() + ")"),
            Formula.piecewise((net, out, p) -> "1", (net, out, p) -> "0")) {
        @Override
        public Node forward(Graph g, Node z, double a) {
            return g.select(z, z, g.constant(0.0));
        }

        @Override
        public Node derivative(Graph g, Node z, Node y, Node adjoint, double a) {
            return g.select(z, adjoint, g.constant(0.0));
        }
    },
    LEAKY_RELU(Activation.LEAKY_RELU, List.of("lrelu", "leaky", "leakyrelu"),
            Parameter.required("a", "the slope for x <= 0", "0.01"),
            a -> "keeps it if it is positive, else scales it by " + a + " (leaky_relu)",
            Formula.piecewise((net, out, p) -> net.tex(), (net, out, p) -> p.tex() + " \\cdot " + net.factor()),
            Formula.piecewise((net, out, p) -> "1", (net, out, p) -> p.tex())) {
        @Override
        public Node forward(Graph g, Node z, double a) {
            return g.select(z, z, g.mul(g.constant(a), z));
        }

        @Override
        public Node derivative(Graph g, Node z, Node y, Node adjoint, double a) {
            return g.select(z, adjoint, g.mul(g.constant(a), adjoint));
        }
    },
    SOFTPLUS(Activation.SOFTPLUS, List.of("smooth_relu"), a -> "smooths it with softplus",
            Formula.smooth((net, out, p) -> "\\ln(1 + e^{" + net.tex() + "})"),
            Formula.smooth((net, out, p) -> "\\frac{1}{1 + e^{" + net.negated() + "}}")) {
        @Override
        public Node forward(Graph g, Node z, double a) {
            return g.softplus(z);
        }

        @Override
        public Node derivative(Graph g, Node z, Node y, Node adjoint, double a) {
            return g.mul(adjoint, g.sigmoid(z));
        }
    },
    SILU(Activation.SILU, List.of("swish", "sigmoid_linear"), a -> "multiplies it by its logistic function (silu)",
            Formula.smooth((net, out, p) -> "\\frac{" + net.tex() + "}{1 + e^{" + net.negated() + "}}"),
            Formula.smooth((net, out, p) -> "\\sigma(" + net.tex() + ")(1 + " + net.factor() + "(1 - \\sigma("
                    + net.tex() + ")))")) {
        @Override
        public Node forward(Graph g, Node z, double a) {
            return g.mul(z, g.sigmoid(z));
        }

        @Override
        public Node derivative(Graph g, Node z, Node y, Node adjoint, double a) {
            Node s = g.sigmoid(z);
            return g.mul(adjoint, g.mul(s, g.add(g.constant(1.0), g.mul(z, g.sub(g.constant(1.0), s)))));
        }
    },
    ELU(Activation.ELU, List.of("exponential_linear"),
            Parameter.optional("a", 1.0, "the scale for x <= 0 (-a is the limit)", "1"),
            a -> "keeps it if it is positive, else bends it to " + a + "(e^net - 1) (elu)",
            Formula.piecewise((net, out, p) -> net.tex(), (net, out, p) -> p.factor() + "(e^{" + net.tex() + "} - 1)"),
            Formula.piecewise((net, out, p) -> "1", (net, out, p) -> p.factor() + " e^{" + net.tex() + "}")) {
        @Override
        public Node forward(Graph g, Node z, double a) {
            return g.select(z, z, g.mul(g.constant(a), g.sub(g.exp(z), g.constant(1.0))));
        }

        @Override
        public Node derivative(Graph g, Node z, Node y, Node adjoint, double a) {
            return g.select(z, adjoint, g.mul(adjoint, g.mul(g.constant(a), g.exp(z))));
        }
    };

    private final Activation activation;
    private final List<String> synonyms;
    private final Parameter parameter;
    private final UnaryOperator<String> phrase;
    private final Formula formula;
    private final Formula derivativeFormula;

    ActivationFunction(Activation activation, List<String> synonyms, UnaryOperator<String> phrase, Formula formula,
                       Formula derivativeFormula) {
        this(activation, synonyms, null, phrase, formula, derivativeFormula);
    }

    ActivationFunction(Activation activation, List<String> synonyms, Parameter parameter, UnaryOperator<String> phrase,
                       Formula formula, Formula derivativeFormula) {
        this.activation = activation;
        this.synonyms = List.copyOf(synonyms);
        this.parameter = parameter;
        this.phrase = phrase;
        this.formula = formula;
        this.derivativeFormula = derivativeFormula;
    }

    /** {@code out = f(z)}, with the activation's parameter {@code a} (0 when it has none). */
    public abstract Node forward(Graph g, Node z, double a);

    /**
     * dL/dz from dL/dout ({@code adjoint}), where {@code y} is {@link #forward}'s node for {@code z}:
     * the derivative the differentiator, the loop layers and explain all use.
     */
    public abstract Node derivative(Graph g, Node z, Node y, Node adjoint, double a);

    /** The element-wise function of {@code activation}; empty for softmax, which acts on a layer. */
    public static Optional<ActivationFunction> of(Activation activation) {
        return Optional.ofNullable(switch (activation) {
            case LINEAR -> LINEAR;
            case SIGMOID -> SIGMOID;
            case TANH -> TANH;
            case RELU -> RELU;
            case LEAKY_RELU -> LEAKY_RELU;
            case SOFTPLUS -> SOFTPLUS;
            case SILU -> SILU;
            case ELU -> ELU;
            case SOFTMAX -> null;
        });
    }

    /** The element-wise function of {@code activation}, which must not be softmax. */
    public static ActivationFunction elementwise(Activation activation) {
        return of(activation).orElseThrow(() -> new IllegalArgumentException(activation + " is not element-wise"));
    }

    public Activation activation() {
        return activation;
    }

    /** The number the activation takes, if any. */
    public Optional<Parameter> parameter() {
        return Optional.ofNullable(parameter);
    }

    /** What other tools call it, for "did you mean". */
    public List<String> synonyms() {
        return synonyms;
    }

    /** What a neuron does with its net input, finishing "adds up ... and"; {@code a} is the parameter as text. */
    public String phrase(String a) {
        return phrase.apply(a);
    }

    /** {@code f(net)} in TeX. */
    public Formula formula() {
        return formula;
    }

    /** {@code d out / d net} in TeX. */
    public Formula derivativeFormula() {
        return derivativeFormula;
    }

    /** {@code f(net)}, evaluated through the same graph the generated code is written from. */
    public double value(double a, double net) {
        return evaluate(a, net, false);
    }

    /** {@code d out / d net} at {@code net}, evaluated through the same graph (relu's is 0 at 0). */
    public double derivativeValue(double a, double net) {
        return evaluate(a, net, true);
    }

    private double evaluate(double a, double net, boolean derivative) {
        Graph g = new Graph();
        Node z = g.input(0);
        Node y = forward(g, z, a);
        Node result = derivative ? derivative(g, z, y, g.constant(1.0), a) : y;
        return GraphInterpreter.evaluate(g, new double[] {net}, new double[0], new double[0])[result.id()];
    }
}
