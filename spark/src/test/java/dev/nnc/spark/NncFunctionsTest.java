package dev.nnc.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.call_udf;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.cli.Main;
import dev.nnc.runtime.Weights;
import dev.nnc.spark.nets.Iris;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated class as Spark SQL functions: a million rows scored in local mode, as the class scores them. */
class NncFunctionsTest {
    private static final int ROWS = 1_000_000;
    private static SparkSession spark;
    private static Path weights;

    @BeforeAll
    static void trainAndRegister(@TempDir Path dir) {
        spark = SharedSpark.session();
        weights = dir.resolve("iris.json");
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"train", "../samples/iris.nn", "--epochs", "50", "-q", "--save",
                weights.toString()}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(0, exit, err.toString());
        NncFunctions.register(spark, "iris", Iris.class, weights);
    }

    /** Flower-like measurements that vary with the row's id, in the ranges of the iris data. */
    private static Dataset<Row> flowers(long rows) {
        Column id = col("id");
        return spark.range(rows).select(id, array(
                lit(4.3).plus(id.multiply(7).mod(37).multiply(0.1)),
                lit(2.0).plus(id.multiply(11).mod(25).multiply(0.1)),
                lit(1.0).plus(id.multiply(13).mod(60).multiply(0.1)),
                lit(0.1).plus(id.multiply(17).mod(25).multiply(0.1))).as("features"));
    }

    private static Iris direct() throws Exception {
        Iris iris = new Iris();
        Weights.load(iris, weights);
        return iris;
    }

    @Test
    void aMillionRowsScoreAsTheGeneratedClassScoresThem() throws Exception {
        Dataset<Row> scored = flowers(ROWS).select(col("id"), col("features"),
                call_udf("iris", col("features")).as("k"), call_udf("iris_class", col("features")).as("species"),
                call_udf("iris_outputs", col("features")).as("p"));
        List<Row> perClass = scored.groupBy("k", "species").count().orderBy("k").collectAsList();
        assertEquals(ROWS, perClass.stream().mapToLong(r -> r.getLong(2)).sum(), "every row scored");
        assertTrue(perClass.size() >= 2, "the rows fall in several classes: " + perClass);
        Iris iris = direct();
        List<Row> sample = scored.where(col("id").mod(9973).equalTo(0)).collectAsList();
        assertEquals(ROWS / 9973 + 1, sample.size());
        for (Row row : sample) {
            List<Double> features = row.getList(1);
            double[] x = features.stream().mapToDouble(Double::doubleValue).toArray();
            double[] y = new double[3];
            iris.predict(x, y);
            assertEquals(iris.predictClass(x), row.getInt(2), "row " + row.getLong(0));
            assertEquals(iris.classNames()[iris.predictClass(x)], row.getString(3));
            List<Double> outputs = row.getList(4);
            assertArrayEquals(y, outputs.stream().mapToDouble(Double::doubleValue).toArray(), 0.0);
        }
    }

    @Test
    void nullFeaturesGiveNullAndAWrongWidthSaysWhatItWanted() {
        Row nothing = spark.sql("SELECT iris(CAST(NULL AS ARRAY<DOUBLE>)) AS k").first();
        assertNull(nothing.get(0));
        Exception e = assertThrows(Exception.class,
                () -> spark.sql("SELECT iris(array(1.0D, 2.0D, 3.0D)) AS k").first());
        String messages = String.valueOf(e) + " " + (e.getCause() == null ? "" : String.valueOf(e.getCause()));
        Throwable cause = e;
        StringBuilder all = new StringBuilder(messages);
        while (cause != null) {
            all.append(' ').append(cause.getMessage());
            cause = cause.getCause();
        }
        assertTrue(all.toString().contains("takes 4 features, not 3"), all.toString());
    }
}
