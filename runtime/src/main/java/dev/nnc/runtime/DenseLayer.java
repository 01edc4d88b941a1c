package dev.nnc.runtime;

/**
 * The working state of one layer of a {@link GenericMlp}: preallocated buffers for its net inputs,
 * outputs and their gradients, and its offsets into the shared parameter array.
 */
final class DenseLayer {
    final LayerShape shape;
    final int size;
    final int fanIn;
    final int weightOffset;
    /** Absolute index of this layer's first bias in the parameter array. */
    final int biasOffset;
    final double[] net;
    final double[] out;
    /** dL/dout, written by the layer above (or the loss) before {@link #backward}. */
    final double[] dOut;
    /** dL/dnet. */
    final double[] delta;
    /** Softmax only: the largest net input and the sum of exp(net - max), from the last forward pass. */
    double softmaxMax;
    double softmaxSum;

    DenseLayer(LayerShape shape, int fanIn, int weightOffset, int biasOffset) {
        this.shape = shape;
        this.size = shape.size();
        this.fanIn = fanIn;
        this.weightOffset = weightOffset;
        this.biasOffset = biasOffset;
        this.net = new double[size];
        this.out = new double[size];
        this.dOut = new double[size];
        this.delta = new double[size];
    }

    /** net_j = sum_i w_ji in_i + b, then out = act(net). */
    void forward(double[] p, double[] in) {
        for (int j = 0; j < size; j++) {
            int row = weightOffset + j * fanIn;
            double sum = 0.0;
            for (int i = 0; i < fanIn; i++) {
                sum += p[row + i] * in[i];
            }
            net[j] = switch (shape.biasMode()) {
                case NONE -> sum;
                case SHARED -> sum + p[biasOffset];
                case PER_NEURON -> sum + p[biasOffset + j];
            };
        }
        activate();
    }

    private void activate() {
        // Every other activation is element-wise: Activations.apply's switch expression names them all.
        switch (shape.activation()) {
            case SOFTMAX -> softmax();
            case LINEAR -> System.arraycopy(net, 0, out, 0, size);
            default -> {
                for (int j = 0; j < size; j++) {
                    out[j] = Activations.apply(shape.activation(), shape.alpha(), net[j]);
                }
            }
        }
    }

    private void softmax() {
        double max = net[0];
        for (int j = 1; j < size; j++) {
            max = Math.max(max, net[j]);
        }
        double sum = 0.0;
        for (int j = 0; j < size; j++) {
            out[j] = Exp.exp(net[j] - max);
            sum += out[j];
        }
        for (int j = 0; j < size; j++) {
            out[j] = out[j] / sum;
        }
        softmaxMax = max;
        softmaxSum = sum;
    }

    /** delta = dL/dnet from dOut through the activation's derivative (softmax: its full Jacobian). */
    void backward() {
        if (shape.activation() == Activation.SOFTMAX) {
            double dot = 0.0;
            for (int k = 0; k < size; k++) {
                dot += dOut[k] * out[k];
            }
            for (int j = 0; j < size; j++) {
                delta[j] = out[j] * (dOut[j] - dot);
            }
            return;
        }
        for (int j = 0; j < size; j++) {
            delta[j] = dOut[j] * Activations.derivative(shape.activation(), shape.alpha(), net[j], out[j]);
        }
    }

    /** Adds this layer's weight and (unfrozen) bias gradients, from delta and its input, into {@code grad}. */
    void addGradient(double[] in, double[] grad) {
        for (int j = 0; j < size; j++) {
            int row = weightOffset + j * fanIn;
            for (int i = 0; i < fanIn; i++) {
                grad[row + i] += delta[j] * in[i];
            }
        }
        if (shape.biasFrozen()) {
            return;
        }
        switch (shape.biasMode()) {
            case NONE -> {
            }
            case SHARED -> {
                double sum = 0.0;
                for (int j = 0; j < size; j++) {
                    sum += delta[j];
                }
                grad[biasOffset] += sum;
            }
            case PER_NEURON -> {
                for (int j = 0; j < size; j++) {
                    grad[biasOffset + j] += delta[j];
                }
            }
        }
    }

    /** Writes dL/din_i = sum_j w_ji delta_j into {@code dIn} (the layer below's dOut). */
    void propagate(double[] p, double[] dIn) {
        for (int i = 0; i < fanIn; i++) {
            dIn[i] = 0.0;
        }
        for (int j = 0; j < size; j++) {
            int row = weightOffset + j * fanIn;
            double d = delta[j];
            for (int i = 0; i < fanIn; i++) {
                dIn[i] += p[row + i] * d;
            }
        }
    }
}
