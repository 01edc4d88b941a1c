package dev.nnc.runtime;

import java.util.Arrays;
import java.util.List;

/**
 * A generic array-based multilayer perceptron: the loops any Java developer would write, used as
 * the independent reference that generated networks are checked and benchmarked against.
 *
 * <p>It follows the language exactly: parameter numbering, losses, fused output gradients,
 * frozen biases and input standardisation. All buffers are allocated once, so that a training
 * step allocates nothing.
 */
public final class GenericMlp implements Network {
    private final String name;
    private final String architecture;
    private final int inputCount;
    private final Loss loss;
    private final boolean normalize;
    private final DenseLayer[] layers;
    private final LossKernel lossKernel;
    private final Optimizer optimizer;
    private final String[] parameterNames;
    private final boolean[] trainable;
    private final double[] params;
    private final double[] gradSum;
    private final double[] mean;
    private final double[] std;
    /** The (standardised) input of the last forward pass. */
    private final double[] input;

    /**
     * @param initialParameters every weight then every bias, in the language's numbering; copied
     * @throws IllegalArgumentException when there are no layers, softmax is not on the output layer,
     *     or the number of parameters is wrong
     */
    public GenericMlp(String name, int inputs, List<LayerShape> layers, Loss loss, OptimizerSettings optimizer,
            boolean normalize, double[] initialParameters) {
        if (inputs < 1 || layers.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one input and one layer");
        }
        for (int l = 0; l < layers.size() - 1; l++) {
            if (layers.get(l).activation() == Activation.SOFTMAX) {
                throw new IllegalArgumentException("softmax is only allowed on the output layer");
            }
        }
        int count = parameterCount(inputs, layers);
        if (initialParameters.length != count) {
            throw new IllegalArgumentException(
                    "expected " + count + " parameters but got " + initialParameters.length);
        }
        this.name = name;
        this.architecture = Architecture.of(inputs, layers, loss);
        this.inputCount = inputs;
        this.loss = loss;
        this.normalize = normalize;
        this.layers = buildLayers(inputs, layers);
        this.lossKernel = new LossKernel(loss, layers.get(layers.size() - 1).activation());
        this.optimizer = Optimizers.create(optimizer, ParameterLayout.weightCount(inputs, layers), count);
        this.parameterNames = ParameterLayout.names(inputs, layers);
        this.trainable = ParameterLayout.trainable(inputs, layers);
        this.params = initialParameters.clone();
        this.gradSum = new double[count];
        this.mean = new double[inputs];
        this.std = new double[inputs];
        Arrays.fill(std, 1.0);
        this.input = new double[inputs];
    }

    /** A copy of {@code from}: its parameters, standardisation and optimizer, fresh buffers and no sums. */
    private GenericMlp(GenericMlp from) {
        this.name = from.name;
        this.architecture = from.architecture;
        this.inputCount = from.inputCount;
        this.loss = from.loss;
        this.normalize = from.normalize;
        this.layers = new DenseLayer[from.layers.length];
        for (int l = 0; l < layers.length; l++) {
            DenseLayer layer = from.layers[l];
            layers[l] = new DenseLayer(layer.shape, layer.fanIn, layer.weightOffset, layer.biasOffset);
        }
        this.lossKernel = from.lossKernel;
        this.optimizer = from.optimizer.copy();
        this.parameterNames = from.parameterNames;
        this.trainable = from.trainable;
        this.params = from.params.clone();
        this.gradSum = new double[params.length];
        this.mean = from.mean.clone();
        this.std = from.std.clone();
        this.input = new double[inputCount];
    }

    /** Number of parameters (weights and biases) of such a network. */
    public static int parameterCount(int inputs, List<LayerShape> layers) {
        return ParameterLayout.weightCount(inputs, layers) + ParameterLayout.biasCount(layers);
    }

    private static DenseLayer[] buildLayers(int inputs, List<LayerShape> shapes) {
        DenseLayer[] result = new DenseLayer[shapes.size()];
        int weightOffset = 0;
        int biasOffset = ParameterLayout.weightCount(inputs, shapes);
        int fanIn = inputs;
        for (int l = 0; l < shapes.size(); l++) {
            LayerShape shape = shapes.get(l);
            result[l] = new DenseLayer(shape, fanIn, weightOffset, biasOffset);
            weightOffset += shape.weightCount(fanIn);
            biasOffset += shape.biasCount();
            fanIn = shape.size();
        }
        return result;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String architecture() {
        return architecture;
    }

    @Override
    public int inputCount() {
        return inputCount;
    }

    @Override
    public int outputCount() {
        return output().size;
    }

    @Override
    public Loss loss() {
        return loss;
    }

    @Override
    public String[] parameterNames() {
        return parameterNames.clone();
    }

    @Override
    public boolean[] trainable() {
        return trainable.clone();
    }

    @Override
    public double[] parameters() {
        return params.clone();
    }

    @Override
    public void setParameters(double[] values) {
        if (values.length != params.length) {
            throw new IllegalArgumentException("expected " + params.length + " parameters but got " + values.length);
        }
        System.arraycopy(values, 0, params, 0, params.length);
    }

    @Override
    public boolean normalizesInputs() {
        return normalize;
    }

    @Override
    public void setInputNormalization(double[] newMean, double[] newStd) {
        if (newMean.length != inputCount || newStd.length != inputCount) {
            throw new IllegalArgumentException("expected " + inputCount + " means and standard deviations");
        }
        System.arraycopy(newMean, 0, mean, 0, inputCount);
        System.arraycopy(newStd, 0, std, 0, inputCount);
    }

    @Override
    public double[] inputMean() {
        return mean.clone();
    }

    @Override
    public double[] inputStd() {
        return std.clone();
    }

    @Override
    public double rate() {
        return optimizer.rate();
    }

    @Override
    public void setRate(double rate) {
        optimizer.setRate(rate);
    }

    @Override
    public void predict(double[] x, double[] y) {
        forward(x);
        System.arraycopy(output().out, 0, y, 0, output().size);
    }

    @Override
    public double loss(double[] x, double[] t) {
        forward(x);
        return lossKernel.value(output(), t);
    }

    @Override
    public double accumulate(double[] x, double[] t) {
        forward(x);
        double value = lossKernel.value(output(), t);
        backward(t, gradSum);
        return value;
    }

    @Override
    public void update(int batchSize) {
        optimizer.apply(params, gradSum, trainable, batchSize);
        Arrays.fill(gradSum, 0.0);
    }

    @Override
    public void gradient(double[] x, double[] t, double[] gradient) {
        Arrays.fill(gradient, 0, params.length, 0.0);
        forward(x);
        backward(t, gradient);
    }

    @Override
    public void resetOptimizer() {
        Arrays.fill(gradSum, 0.0);
        optimizer.reset();
    }

    @Override
    public GenericMlp copy() {
        return new GenericMlp(this);
    }

    private DenseLayer output() {
        return layers[layers.length - 1];
    }

    private void forward(double[] x) {
        if (normalize) {
            for (int i = 0; i < inputCount; i++) {
                double s = std[i] == 0.0 ? 1.0 : std[i];
                input[i] = (x[i] - mean[i]) / s;
            }
        } else {
            System.arraycopy(x, 0, input, 0, inputCount);
        }
        double[] in = input;
        for (DenseLayer layer : layers) {
            layer.forward(params, in);
            in = layer.out;
        }
    }

    /** Adds the gradient of the sample of the last forward pass into {@code into}. */
    private void backward(double[] t, double[] into) {
        lossKernel.backward(output(), t);
        for (int l = layers.length - 1; l >= 0; l--) {
            DenseLayer layer = layers[l];
            if (l < layers.length - 1) {
                layer.backward();
            }
            layer.addGradient(l == 0 ? input : layers[l - 1].out, into);
            if (l > 0) {
                layer.propagate(params, layers[l - 1].dOut);
            }
        }
    }
}
