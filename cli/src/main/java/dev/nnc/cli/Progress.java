package dev.nnc.cli;

import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The training progress bar on standard error: epochs done, the last epoch's loss and samples per
 * second. Only on an interactive terminal; piped, redirected, {@code --json} and {@code --quiet} runs
 * stay quiet.
 */
interface Progress extends AutoCloseable {
    /** Progress that shows nothing. */
    Progress NONE = new Progress() {
        @Override
        public void epochEnded(int epoch, double loss) {
        }

        @Override
        public void close() {
        }
    };

    /** Called after every epoch, from 1. */
    void epochEnded(int epoch, double loss);

    /** Called after every epoch (from 1) with validation data, just before {@link #epochEnded}. */
    default void validated(int epoch, double validationLoss) {
    }

    /** Ends the bar, leaving its last state on the screen. */
    @Override
    void close();

    /** A bar for training {@code task} for {@code epochs} epochs of {@code samples} samples each. */
    static Progress bar(String task, int epochs, int samples, Terminal terminal) {
        return epochs == 0 ? NONE : new Bar(task, epochs, samples, terminal);
    }

    /**
     * One bar for a learning-rate study whose {@code runs} trainings of {@code epochs} epochs may run at once:
     * it counts the epochs of all runs together (a run stopped early counts as done) and the runs finished.
     */
    static Study study(String task, int epochs, int runs, int samples, Terminal terminal) {
        return new Study(task, epochs, runs, samples, terminal);
    }

    /** The bar of a whole study, and a {@link Progress} per run that feeds it, safe from any thread. */
    final class Study implements AutoCloseable {
        private final ProgressBar bar;
        private final int epochs;
        private final int runs;
        private final int samples;
        private final long start = System.nanoTime();
        private long done;
        private long trained;
        private int finished;
        private long nextUpdate = start;

        private Study(String task, int epochs, int runs, int samples, Terminal terminal) {
            this.epochs = epochs;
            this.runs = runs;
            this.samples = samples;
            this.bar = epochs == 0 ? null : newBar(task, (long) epochs * runs, terminal);
        }

        /** The progress of one run of the study. */
        Progress run() {
            if (bar == null) {
                return NONE;
            }
            return new Progress() {
                private int last;

                @Override
                public void epochEnded(int epoch, double loss) {
                    advance(epoch - last, epoch - last, 0);
                    last = epoch;
                }

                @Override
                public void close() {
                    advance(epochs - last, 0, 1);
                    last = epochs;
                }
            };
        }

        /** Counts; the bar's text is updated at most every {@link Bar#UPDATE_NANOS}, and when a run ends. */
        private synchronized void advance(int steps, int epochsTrained, int ended) {
            done += steps;
            trained += epochsTrained;
            finished += ended;
            long now = System.nanoTime();
            if (ended == 0 && now - nextUpdate < 0) {
                return;
            }
            nextUpdate = now + Bar.UPDATE_NANOS;
            double seconds = (now - start) / 1e9;
            bar.stepTo(done);
            bar.setExtraMessage(String.format(Locale.ROOT, "%d/%d runs done, %s samples/s", finished, runs,
                    seconds > 0 ? Bar.compact(trained * (double) samples / seconds) : "-"));
        }

        @Override
        public synchronized void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }

    /** An ASCII bar on {@code terminal} for {@code max} epochs of {@code task}, redrawn at most ten times a second. */
    private static ProgressBar newBar(String task, long max, Terminal terminal) {
        return new ProgressBarBuilder().setTaskName(task + " epoch").setInitialMax(max)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(100)
                .setConsumer(terminal.width() > 0
                        ? new ConsoleProgressBarConsumer(terminal.stream(), terminal.width())
                        : new ConsoleProgressBarConsumer(terminal.stream())).hideEta()
                .startsFrom(0, Duration.ZERO).build();
    }

    /**
     * progressbar's bar, drawn at most ten times a second by its own thread. An epoch's end only stores
     * its numbers and reads the clock; the bar's text is formatted at most ten times a second too
     * ({@link #UPDATE_NANOS}), and once more at the end.
     */
    final class Bar implements Progress {
        /** The least time between two updates of the bar's text. */
        static final long UPDATE_NANOS = 100_000_000L;

        private final ProgressBar bar;
        private final int samples;
        private final long start = System.nanoTime();
        private long nextUpdate = start;
        private int epoch;
        private double loss = Double.NaN;
        private double validationLoss = Double.NaN;

        Bar(String task, int epochs, int samples, Terminal terminal) {
            this.samples = samples;
            // "Iris epoch 45% [====    ] 90/200 (0:00:01) loss 0.05120, 48k samples/s" fits 80 columns
            this.bar = newBar(task, epochs, terminal);
        }

        @Override
        public void validated(int epoch, double loss) {
            validationLoss = loss;
        }

        @Override
        public void epochEnded(int epoch, double loss) {
            this.epoch = epoch;
            this.loss = loss;
            long now = System.nanoTime();
            if (now - nextUpdate >= 0) {
                show(now);
                nextUpdate = now + UPDATE_NANOS;
            }
        }

        /** Gives the bar the last epoch's numbers. */
        private void show(long now) {
            double seconds = (now - start) / 1e9;
            bar.stepTo(epoch);
            String validation = Double.isNaN(validationLoss) ? ""
                    : String.format(Locale.ROOT, ", val %.4g", validationLoss);
            bar.setExtraMessage(String.format(Locale.ROOT, "loss %.4g%s, %s samples/s", loss, validation,
                    seconds > 0 ? compact(epoch * (double) samples / seconds) : "-"));
        }

        @Override
        public void close() {
            if (epoch > 0) {
                show(System.nanoTime());
            }
            bar.close();
        }

        /** 950, 48k, 1.2M. */
        static String compact(double perSecond) {
            if (perSecond < 10_000) {
                return String.format(Locale.ROOT, "%.0f", perSecond);
            }
            return perSecond < 1e6 ? String.format(Locale.ROOT, "%.0fk", perSecond / 1e3)
                    : String.format(Locale.ROOT, "%.1fM", perSecond / 1e6);
        }
    }
}
