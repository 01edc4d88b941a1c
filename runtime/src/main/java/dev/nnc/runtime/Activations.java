package dev.nnc.runtime;

/**
 * The element-wise activations and their derivatives for the interpreted baseline ({@link
 * GenericMlp}, softmax lives in {@link DenseLayer}): the plain arithmetic a framework would do,
 * which the benchmarks compare generated code with.
 */
final class Activations {
    private Activations() {
    }

    static double apply(Activation activation, double alpha, double x) {
        return switch (activation) {
            case LINEAR -> x;
            case SIGMOID -> 1.0 / (1.0 + Exp.exp(-x));
            case TANH -> Tanh.tanh(x);
            case RELU -> x > 0.0 ? x : 0.0;
            case LEAKY_RELU -> x > 0.0 ? x : alpha * x;
            case SOFTPLUS -> Functions.softplus(x);
            case SILU -> x / (1.0 + Exp.exp(-x));
            case ELU -> x > 0.0 ? x : alpha * (Exp.exp(x) - 1.0);
            case SOFTMAX -> throw new IllegalArgumentException("softmax is not element-wise");
        };
    }

    /** d out / d net, given both; each in the form the tutorials use (sigmoid: y(1-y), tanh: 1-y^2). */
    static double derivative(Activation activation, double alpha, double net, double out) {
        return switch (activation) {
            case LINEAR -> 1.0;
            case SIGMOID -> out * (1.0 - out);
            case TANH -> 1.0 - out * out;
            case RELU -> net > 0.0 ? 1.0 : 0.0;
            case LEAKY_RELU -> net > 0.0 ? 1.0 : alpha;
            case SOFTPLUS -> 1.0 / (1.0 + Exp.exp(-net));
            case SILU -> {
                double s = 1.0 / (1.0 + Exp.exp(-net));
                yield s * (1.0 + net * (1.0 - s));
            }
            case ELU -> net > 0.0 ? 1.0 : alpha * Exp.exp(net);
            case SOFTMAX -> throw new IllegalArgumentException("softmax is not element-wise");
        };
    }
}
