package dev.nnc.cli.sweep;

import java.io.Serializable;

/**
 * One training of a sweep: combination {@code combination} of the grid, whose generated class is
 * {@code network} (an index into the sweep's distinct classes), trained at {@code rate} as {@code plan}
 * says on split {@code split} of the data (the validation data, or one fold). Everything a job does
 * follows from these fields, so it gives the same score wherever and whenever it runs.
 */
public record SweepJob(int combination, int network, double rate, SweepPlan plan, int split) implements Serializable {
}
