package dev.nnc.runtime;

import java.util.Arrays;

/**
 * A loss per epoch, in constant memory: every epoch's value up to {@value #LIMIT} epochs, and beyond
 * that every {@link #every()}th epoch's.
 *
 * <p>The kept entries are the values of epochs {@code 1, 1 + every, 1 + 2·every, ...} (from 1): entry
 * {@code i} is epoch {@code 1 + i·every}. {@code every} starts at 1; when an epoch is to be kept and
 * {@value #LIMIT} entries are kept already, every other entry is dropped (those of epochs
 * {@code 1 + every, 1 + 3·every, ...}) and {@code every} doubles. So a run of N epochs keeps at most
 * {@value #LIMIT} entries (8 MB), at least {@value #LIMIT}/2 once N passes {@value #LIMIT}, and
 * {@code every} is the smallest power of two with {@code ceil(N / every) <= }{@value #LIMIT}. The
 * values kept are the epochs' own values, never averages.
 */
public final class LossHistory {
    /** At most this many entries are kept: every epoch's value up to this many epochs. */
    public static final int LIMIT = 1 << 20;

    private final int limit;
    private double[] values;
    private int size;
    private int every = 1;
    private int epochs;

    /** An empty history for a run of (at most) {@code plannedEpochs} epochs. */
    public LossHistory(int plannedEpochs) {
        this(plannedEpochs, LIMIT);
    }

    /** As {@link #LossHistory(int)}, keeping at most {@code limit} entries (an even number, 2 or more). */
    LossHistory(int plannedEpochs, int limit) {
        if (limit < 2 || limit % 2 != 0) {
            throw new IllegalArgumentException("the limit must be an even number, 2 or more: " + limit);
        }
        this.limit = limit;
        this.values = new double[Math.max(0, Math.min(plannedEpochs, limit))];
    }

    /** Whether {@link #add} will keep the value of {@code epoch} (from 1, the next after those added). */
    public boolean wants(int epoch) {
        return (epoch - 1) % every == 0 && (size < limit || (epoch - 1) % (2 * every) == 0);
    }

    /**
     * Records the value of the next epoch (epochs are added in order, from 1), keeping it when
     * {@link #wants} says so.
     */
    public void add(double loss) {
        int epoch = ++epochs;
        if ((epoch - 1) % every != 0) {
            return;
        }
        if (size == limit) {
            for (int i = 0; i < limit / 2; i++) {
                values[i] = values[2 * i];
            }
            size = limit / 2;
            every *= 2;
            if ((epoch - 1) % every != 0) {
                return;
            }
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, Math.min(limit, Math.max(16, 2 * values.length)));
        }
        values[size++] = loss;
    }

    /** The kept values: entry {@code i} is epoch {@code 1 + i·every()}. */
    public double[] values() {
        return Arrays.copyOf(values, size);
    }

    /** The kept values of the epochs before {@code epoch} (from 1). */
    public double[] valuesBefore(int epoch) {
        int count = epoch <= 1 ? 0 : (int) Math.min(size, ((long) epoch - 2) / every + 1);
        return Arrays.copyOf(values, count);
    }

    /** How many epochs apart the kept entries are: 1 when every epoch is kept. */
    public int every() {
        return every;
    }

    /** How many epochs were added. */
    public int epochs() {
        return epochs;
    }
}
