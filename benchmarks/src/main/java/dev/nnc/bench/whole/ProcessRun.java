package dev.nnc.bench.whole;

/**
 * One finished process: its wall time from start to exit, its peak resident set (VmHWM, sampled
 * from /proc while it ran), its exit code and what it printed.
 */
public record ProcessRun(double seconds, long peakRssBytes, int exitCode, String output) {

    /** Peak resident set in MB (10^6 bytes). */
    public double peakRssMegabytes() {
        return peakRssBytes / 1e6;
    }

    /** This run, or an exception naming the command when it did not exit with 0. */
    public ProcessRun requireSuccess(String command) {
        if (exitCode != 0) {
            throw new IllegalStateException(command + " exited with " + exitCode + ":\n" + output);
        }
        return this;
    }
}
