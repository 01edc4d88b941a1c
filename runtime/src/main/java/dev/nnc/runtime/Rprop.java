package dev.nnc.runtime;

import java.util.Arrays;

/**
 * iRPROP- (Igel and Hüsken's variant, the default of FANN and Encog): each parameter has its own
 * step {@code delta}, and only the sign of its gradient {@code g} counts. With {@code p} the
 * previous gradient: when {@code p * g > 0} the step grows ({@code min(delta * etaPlus, deltaMax)})
 * and {@code w -= sign(g) * delta}; when {@code p * g < 0} it shrinks ({@code max(delta * etaMinus,
 * deltaMin)}), {@code w} stays and {@code p} becomes 0; otherwise {@code w -= sign(g) * delta}. Every
 * update should see the whole training set (the gradient's mean over it); it has no learning rate.
 */
public final class Rprop implements Optimizer {
    private final RpropSettings settings;
    private final WeightDecay decay;
    private final double[] step;
    private final double[] previous;

    public Rprop(RpropSettings settings, int parameterCount, WeightDecay decay) {
        this.settings = settings;
        this.decay = decay;
        this.step = new double[parameterCount];
        this.previous = new double[parameterCount];
        reset();
    }

    @Override
    public void apply(double[] params, double[] gradSum, boolean[] trainable, int batchSize) {
        for (int i = 0; i < params.length; i++) {
            if (trainable[i]) {
                double g = decay.gradient(params, gradSum, i, batchSize);
                double sign = previous[i] * g;
                if (sign > 0) {
                    step[i] = Math.min(step[i] * settings.etaPlus(), settings.deltaMax());
                    params[i] -= Math.signum(g) * step[i];
                    previous[i] = g;
                } else if (sign < 0) {
                    step[i] = Math.max(step[i] * settings.etaMinus(), settings.deltaMin());
                    previous[i] = 0.0;
                } else {
                    params[i] -= Math.signum(g) * step[i];
                    previous[i] = g;
                }
            }
        }
    }

    @Override
    public void reset() {
        Arrays.fill(step, settings.delta0());
        Arrays.fill(previous, 0.0);
    }

    /** Rprop has no learning rate: 0. */
    @Override
    public double rate() {
        return 0.0;
    }

    /** Ignored: rprop has no learning rate. */
    @Override
    public void setRate(double rate) {
        // no rate to set
    }

    @Override
    public Rprop copy() {
        Rprop copy = new Rprop(settings, step.length, decay);
        System.arraycopy(step, 0, copy.step, 0, step.length);
        System.arraycopy(previous, 0, copy.previous, 0, previous.length);
        return copy;
    }
}
