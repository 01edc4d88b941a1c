package dev.nnc.runtime;

/**
 * A loss evaluated on the output layer of a {@link GenericMlp}: its value for one sample and the
 * gradient it feeds back. Sigmoid + bce and softmax + cross_entropy are fused: their gradient enters
 * at the net inputs as {@code (y - t) / n} and {@code y - t}, and their values use the logarithms
 * of the net inputs ({@code ln sigmoid(x) = -softplus(-x)}, log-softmax), which cannot be ln 0.
 */
final class LossKernel {
    private final Loss loss;
    private final Activation activation;
    private final boolean fused;

    LossKernel(Loss loss, Activation outputActivation) {
        this.loss = loss;
        this.activation = outputActivation;
        this.fused = (loss == Loss.BCE && outputActivation == Activation.SIGMOID)
                || (loss == Loss.CROSS_ENTROPY && outputActivation == Activation.SOFTMAX);
    }

    /** The loss of one sample, after a forward pass of {@code output}. */
    double value(DenseLayer output, double[] t) {
        double[] y = output.out;
        int n = y.length;
        return switch (loss) {
            case HALF_SSE -> {
                double sum = 0.0;
                for (int k = 0; k < n; k++) {
                    double d = t[k] - y[k];
                    sum += 0.5 * d * d;
                }
                yield sum;
            }
            case SSE -> {
                double sum = 0.0;
                for (int k = 0; k < n; k++) {
                    double d = t[k] - y[k];
                    sum += d * d;
                }
                yield sum;
            }
            case MSE -> {
                double sum = 0.0;
                for (int k = 0; k < n; k++) {
                    double d = y[k] - t[k];
                    sum += d * d;
                }
                yield sum / n;
            }
            case BCE -> {
                double sum = 0.0;
                for (int k = 0; k < n; k++) {
                    sum += t[k] * logOutput(output, k) + (1.0 - t[k]) * logOneMinusOutput(output, k);
                }
                yield -sum / n;
            }
            case CROSS_ENTROPY -> {
                double sum = 0.0;
                for (int k = 0; k < n; k++) {
                    sum += t[k] * logOutput(output, k);
                }
                yield -sum;
            }
        };
    }

    private double logOutput(DenseLayer output, int k) {
        if (activation == Activation.SIGMOID) {
            return -softplus(-output.net[k]);
        }
        if (activation == Activation.SOFTMAX) {
            return output.net[k] - output.softmaxMax - Math.log(output.softmaxSum);
        }
        return Math.log(output.out[k]);
    }

    private double logOneMinusOutput(DenseLayer output, int k) {
        if (activation == Activation.SIGMOID) {
            return -softplus(output.net[k]);
        }
        return Math.log(1.0 - output.out[k]);
    }

    /** ln(1 + e^x) without overflow for large x. */
    private static double softplus(double x) {
        return Math.max(x, 0.0) + Math.log1p(Exp.exp(-Math.abs(x)));
    }

    /** Writes dL/dnet of the output layer into {@code output.delta}. */
    void backward(DenseLayer output, double[] t) {
        double[] y = output.out;
        int n = y.length;
        if (fused) {
            for (int k = 0; k < n; k++) {
                double diff = y[k] - t[k];
                output.delta[k] = loss == Loss.BCE ? diff / n : diff;
            }
            return;
        }
        for (int k = 0; k < n; k++) {
            output.dOut[k] = outputGradient(y[k], t[k], n);
        }
        output.backward();
    }

    private double outputGradient(double y, double t, int n) {
        double diff = y - t;
        return switch (loss) {
            case HALF_SSE -> diff;
            case SSE -> 2.0 * diff;
            case MSE -> 2.0 * diff / n;
            case BCE -> diff / (y * (1.0 - y)) / n;
            case CROSS_ENTROPY -> -(t / y);
        };
    }
}
