package dev.nnc.spark;

import org.apache.spark.sql.SparkSession;

/** The Spark session nnc uses: the active one (spark-submit's, a test's), or a new one on the given master. */
final class Sessions {
    private Sessions() {
    }

    static SparkSession get(String master) {
        if (SparkSession.getDefaultSession().isDefined()) {
            return SparkSession.getDefaultSession().get();
        }
        SparkSession.Builder builder = SparkSession.builder().master(master).appName("nnc sweep")
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false");
        if (master.startsWith("local")) {
            // local mode: the driver listens on the loopback address only
            builder.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        }
        return builder.getOrCreate();
    }
}
