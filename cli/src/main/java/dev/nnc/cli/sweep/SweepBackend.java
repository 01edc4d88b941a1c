package dev.nnc.cli.sweep;

import java.util.List;

/**
 * Where a sweep's jobs run other than this JVM's threads: {@code nnc sweep --spark MASTER} finds an
 * implementation with {@link java.util.ServiceLoader} (the nnc-spark module has one), so the command
 * line's own jar needs no Spark.
 */
public interface SweepBackend {
    /** The scores of {@code jobs}, in their order, each job's class one of {@code classes}. */
    List<SweepScore> run(String master, List<NetworkClass> classes, List<SweepJob> jobs, SweepData data);
}
