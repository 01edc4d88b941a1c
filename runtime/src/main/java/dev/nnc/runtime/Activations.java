package dev.nnc.runtime;

/** The element-wise activations and their derivatives (softmax lives in {@link DenseLayer}). */
final class Activations {
    private Activations() {
    }

    static double apply(Activation activation, double alpha, double x) {
        switch (activation) {
            case LINEAR:
                return x;
            case SIGMOID:
                return 1.0 / (1.0 + Exp.exp(-x));
            case TANH:
                return Math.tanh(x);
            case RELU:
                return x > 0.0 ? x : 0.0;
            case LEAKY_RELU:
                return x > 0.0 ? x : alpha * x;
            default:
                throw new IllegalArgumentException(activation + " is not element-wise");
        }
    }

    /** d out / d net, given both; each in the form the tutorials use (sigmoid: y(1-y), tanh: 1-y^2). */
    static double derivative(Activation activation, double alpha, double net, double out) {
        switch (activation) {
            case LINEAR:
                return 1.0;
            case SIGMOID:
                return out * (1.0 - out);
            case TANH:
                return 1.0 - out * out;
            case RELU:
                return net > 0.0 ? 1.0 : 0.0;
            case LEAKY_RELU:
                return net > 0.0 ? 1.0 : alpha;
            default:
                throw new IllegalArgumentException(activation + " is not element-wise");
        }
    }
}
