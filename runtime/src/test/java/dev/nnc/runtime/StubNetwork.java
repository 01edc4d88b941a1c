package dev.nnc.runtime;

/** A network whose every method fails unless a test overrides it. */
abstract class StubNetwork implements Network {
    @Override
    public Network copy() {
        throw new UnsupportedOperationException();
    }

    private final int inputs;
    private final int outputs;

    StubNetwork(int inputs, int outputs) {
        this.inputs = inputs;
        this.outputs = outputs;
    }

    @Override
    public String name() {
        return getClass().getSimpleName();
    }

    @Override
    public int inputCount() {
        return inputs;
    }

    @Override
    public int outputCount() {
        return outputs;
    }

    @Override
    public Loss loss() {
        return Loss.HALF_SSE;
    }

    @Override
    public String[] parameterNames() {
        return new String[0];
    }

    @Override
    public boolean[] trainable() {
        return new boolean[0];
    }

    @Override
    public double[] parameters() {
        return new double[0];
    }

    @Override
    public void setParameters(double[] values) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean normalizesInputs() {
        return false;
    }

    @Override
    public void setInputNormalization(double[] mean, double[] std) {
        throw new UnsupportedOperationException();
    }

    @Override
    public double[] inputMean() {
        throw new UnsupportedOperationException();
    }

    @Override
    public double[] inputStd() {
        throw new UnsupportedOperationException();
    }

    @Override
    public double rate() {
        return 0;
    }

    @Override
    public void setRate(double rate) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void predict(double[] x, double[] y) {
        throw new UnsupportedOperationException();
    }

    @Override
    public double loss(double[] x, double[] t) {
        throw new UnsupportedOperationException();
    }

    @Override
    public double accumulate(double[] x, double[] t) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void update(int batchSize) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void gradient(double[] x, double[] t, double[] gradient) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void resetOptimizer() {
        throw new UnsupportedOperationException();
    }
}
