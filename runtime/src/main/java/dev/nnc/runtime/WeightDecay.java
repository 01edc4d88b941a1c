package dev.nnc.runtime;

/**
 * L2 weight decay on the first {@code weights} parameters (the weights; biases come after them and
 * are never decayed): the gradient an optimizer sees is {@code dw / batch + lambda * w}, computed in
 * exactly that order, as the reference trainer does.
 */
public record WeightDecay(double lambda, int weights) {
    /** No decay at all. */
    public static final WeightDecay NONE = new WeightDecay(0.0, 0);

    /** The gradient of parameter {@code i}: its batch mean, plus the decay when it is a decayed weight. */
    public double gradient(double[] params, double[] gradSum, int i, int batchSize) {
        double mean = gradSum[i] / batchSize;
        return lambda != 0.0 && i < weights ? mean + lambda * params[i] : mean;
    }
}
