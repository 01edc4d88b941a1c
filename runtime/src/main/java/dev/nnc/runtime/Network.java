package dev.nnc.runtime;

/**
 * A trainable network: the interface every class nnc generates implements.
 *
 * <p>Parameters are numbered as in the language: weights {@code w1..wN} through the layers in
 * order (destination neuron outer, source inner), then biases {@code b1..bM}. Every array of
 * parameters or gradients below uses that order. A network is not thread safe: it keeps its
 * intermediate values and gradient sums in fields so that a training step allocates nothing; use
 * one per thread, each made by {@link #copy()}.
 */
public interface Network {
    /** The network's name, as in {@code network NAME}. */
    String name();

    /** Number of inputs. */
    int inputCount();

    /** Number of outputs. */
    int outputCount();

    /** The loss this network is trained with. */
    Loss loss();

    /**
     * What the parameters mean, in one line ({@link Architecture}): layer sizes, activations, bias
     * modes and loss. Weights files record it and refuse to load into a network whose architecture
     * differs. Empty when unknown (a network written by hand): then only the names are checked.
     */
    default String architecture() {
        return "";
    }

    /** Parameter names, {@code w1..wN} then {@code b1..bM}. */
    String[] parameterNames();

    /** Which parameters training changes (frozen biases do not). Same order as the names. */
    boolean[] trainable();

    /** A copy of the current parameter values. */
    double[] parameters();

    /** Sets every parameter; {@code values} has one entry per name. */
    void setParameters(double[] values);

    /** Whether inputs are standardised before use ({@code input x[N] normalize}). */
    boolean normalizesInputs();

    /**
     * How {@link Trainer} computes the normalisation from the training data ({@code input x[N]
     * normalize minmax} or the default z-score); the network applies either as {@code (x - mean) / std}.
     */
    default Normalization.Kind normalizationKind() {
        return Normalization.Kind.ZSCORE;
    }

    /**
     * Sets the standardisation {@code (x - mean) / std} applied to every input from now on. A std of
     * zero (a constant column) is treated as one, so such an input is only centred.
     */
    void setInputNormalization(double[] mean, double[] std);

    /** A copy of the means used for standardisation (zeros when not set). */
    double[] inputMean();

    /** A copy of the standard deviations used for standardisation (ones when not set). */
    double[] inputStd();

    /**
     * The names of the classes, class 0 first, when the network was compiled with label data
     * ({@code data "file.csv" label}); empty otherwise.
     */
    default String[] classNames() {
        return new String[0];
    }

    /**
     * The index of the class the network predicts for {@code x}: the first largest output, or with
     * one output 1 when it is above 0.5, else 0 ({@link Metrics#predictedClass}).
     */
    default int predictClass(double[] x) {
        double[] y = new double[outputCount()];
        predict(x, y);
        return Metrics.predictedClass(y);
    }

    /** The current learning rate. */
    double rate();

    /** Changes the learning rate for the following updates. */
    void setRate(double rate);

    /** Writes the network's outputs for input {@code x} into {@code y}. */
    void predict(double[] x, double[] y);

    /** The loss of one sample at the current parameters. */
    double loss(double[] x, double[] t);

    /**
     * Runs forward and backward for one sample and adds its gradient to the batch sums; returns the
     * sample's loss at the current parameters. Parameters do not change.
     */
    double accumulate(double[] x, double[] t);

    /**
     * Makes one optimizer update from the mean gradient of the {@code batchSize} samples accumulated
     * since the last update, then clears the sums.
     */
    void update(int batchSize);

    /** One training step on one sample (batch of one): forward, backward, update. Returns its loss. */
    default double train(double[] x, double[] t) {
        double loss = accumulate(x, t);
        update(1);
        return loss;
    }

    /**
     * Writes the gradient of one sample's loss into {@code gradient} (one entry per parameter; 0 for
     * frozen ones), changing neither parameters, batch sums nor optimizer state.
     */
    void gradient(double[] x, double[] t, double[] gradient);

    /** Clears the batch sums and the optimizer's state (momentum, adam moments, step count). */
    void resetOptimizer();

    /**
     * An independent network of the same kind with this one's parameters, input standardisation,
     * learning rate and optimizer state (momentum, adam moments, step count), and no gradient sums:
     * training, predicting with or changing either leaves the other as it was. A network is not thread
     * safe, so a server that predicts from several threads keeps one copy per thread.
     */
    Network copy();
}
