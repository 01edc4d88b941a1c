package dev.nnc.onnx.export;

import dev.nnc.runtime.Network;
import dev.nnc.runtime.Normalization;

/**
 * The input normalisation an exported model applies, as nnc's classes do: {@code (x - mean) / std}
 * per input, with a std of 0 (a constant column) taken as 1. Min-max statistics hold the minimum as
 * mean and the range as std.
 */
public record InputScaling(double[] mean, double[] std) {
    public InputScaling {
        if (mean.length != std.length) {
            throw new IllegalArgumentException(mean.length + " means for " + std.length + " deviations");
        }
        mean = mean.clone();
        std = std.clone();
        for (int i = 0; i < std.length; i++) {
            if (std[i] == 0) {
                std[i] = 1.0;
            }
        }
    }

    /** The statistics computed from training data. */
    public static InputScaling of(Normalization stats) {
        return new InputScaling(stats.mean(), stats.std());
    }

    /** The normalisation a loaded network applies now. */
    public static InputScaling of(Network net) {
        return new InputScaling(net.inputMean(), net.inputStd());
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] std() {
        return std.clone();
    }
}
