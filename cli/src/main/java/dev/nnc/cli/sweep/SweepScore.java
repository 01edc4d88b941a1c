package dev.nnc.cli.sweep;

import java.io.Serializable;

/**
 * What one job measured on its {@code samples} validation samples: the mean loss and, for a
 * classification, how many it classified correctly ({@code correct}, -1 otherwise); a job whose training
 * diverged has {@code diverged} set to the epoch it stopped in, and a NaN loss.
 */
public record SweepScore(int combination, int split, double loss, int correct, int samples, int diverged)
        implements Serializable {

    /** Whether the validation samples are a classification. */
    public boolean classifies() {
        return correct >= 0;
    }

    /** Whether training stopped because a number stopped being finite. */
    public boolean hasDiverged() {
        return diverged > 0;
    }
}
