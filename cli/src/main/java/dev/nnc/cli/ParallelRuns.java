package dev.nnc.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Independent jobs (the trainings of a learning-rate study, the parts of a gradient check) on up to
 * {@code threads} threads, their results in the order of the jobs. One thread, or one job, runs them
 * here, one after the other.
 */
final class ParallelRuns {
    private ParallelRuns() {
    }

    /** The default number of threads: every core the JVM may use. */
    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * The results of {@code jobs}, in order; an exception or error a job throws is thrown again here (the
     * first job's in order, after every job has ended).
     */
    static <T> List<T> run(List<Callable<T>> jobs, int threads) {
        int pool = Math.min(threads, jobs.size());
        List<T> results = new ArrayList<>();
        if (pool <= 1) {
            for (Callable<T> job : jobs) {
                results.add(call(job));
            }
            return results;
        }
        ExecutorService executor = Executors.newFixedThreadPool(pool, job -> {
            Thread thread = new Thread(job, "nnc-training");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> job : jobs) {
                futures.add(executor.submit(job));
            }
            Throwable first = null;
            for (Future<T> future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    first = first == null ? e.getCause() : first;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while training", e);
                }
            }
            if (first instanceof Error error) {
                throw error;
            }
            if (first instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (first != null) {
                throw new IllegalStateException(first);
            }
            return results;
        } finally {
            executor.shutdownNow();
        }
    }

    private static <T> T call(Callable<T> job) {
        try {
            return job.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
