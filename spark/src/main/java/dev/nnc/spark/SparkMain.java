package dev.nnc.spark;

import dev.nnc.cli.Main;
import java.io.PrintWriter;

/**
 * The {@code nnc} command with Spark on the class path: what {@code ./nnc ... --spark MASTER} and
 * {@code spark-submit --class dev.nnc.spark.SparkMain} run. Everything is {@link Main}'s; this class only
 * stops the Spark session at the end.
 */
public final class SparkMain {
    private SparkMain() {
    }

    public static void main(String[] args) {
        int code = Main.run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (org.apache.spark.sql.SparkSession.getDefaultSession().isDefined()) {
            org.apache.spark.sql.SparkSession.getDefaultSession().get().stop();
        }
        System.exit(code);
    }
}
