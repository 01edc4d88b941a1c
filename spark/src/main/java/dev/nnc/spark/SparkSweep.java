package dev.nnc.spark;

import dev.nnc.cli.sweep.NetworkClass;
import dev.nnc.cli.sweep.SweepBackend;
import dev.nnc.cli.sweep.SweepData;
import dev.nnc.cli.sweep.SweepJob;
import dev.nnc.cli.sweep.SweepScore;
import dev.nnc.cli.sweep.SweepTask;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

/**
 * {@code nnc sweep --spark MASTER}: the sweep's jobs as one Spark job, one task per training. The driver
 * has compiled each distinct class once; its bytecode and the samples are broadcast, and each task loads
 * the class it needs from the bytes (no compiler on the executors) and trains one fresh instance.
 */
public final class SparkSweep implements SweepBackend {

    @Override
    public List<SweepScore> run(String master, List<NetworkClass> classes, List<SweepJob> jobs, SweepData data) {
        SparkSession spark = Sessions.get(master);
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<List<NetworkClass>> bytecode = context.broadcast(List.copyOf(classes));
        Broadcast<SweepData> samples = context.broadcast(data);
        try {
            return context.parallelize(jobs, Math.max(1, jobs.size())).mapPartitions(partition -> {
                // one class loader per class and task, however many of its jobs the task runs
                Map<Integer, Class<?>> loaded = new HashMap<>();
                List<SweepScore> scores = new java.util.ArrayList<>();
                while (partition.hasNext()) {
                    SweepJob job = partition.next();
                    Class<?> type = loaded.computeIfAbsent(job.network(), n -> bytecode.value().get(n).load());
                    scores.add(SweepTask.run(type, job, samples.value()));
                }
                return scores.iterator();
            }).collect();
        } finally {
            bytecode.destroy();
            samples.destroy();
        }
    }
}
