package dev.nnc.cli.sweep;

import java.io.Serializable;

/**
 * What one job measured on its validation samples: the mean loss and, for a classification, the
 * accuracy (NaN otherwise); a job whose training diverged has {@code diverged} set to the epoch it
 * stopped in, and NaN for both.
 */
public record SweepScore(int combination, int split, double loss, double accuracy, int diverged)
        implements Serializable {

    /** Whether training stopped because a number stopped being finite. */
    public boolean hasDiverged() {
        return diverged > 0;
    }
}
