package dev.nnc.spark;

import static org.apache.spark.sql.functions.call_udf;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import dev.nnc.cli.Main;
import dev.nnc.runtime.Weights;
import dev.nnc.spark.nets.IrisMlp;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.spark.ml.classification.MultilayerPerceptronClassificationModel;
import org.apache.spark.ml.classification.MultilayerPerceptronClassifier;
import org.apache.spark.ml.evaluation.MulticlassClassificationEvaluator;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The measurements of docs/scaling.md (a program, not a test: its numbers depend on the machine).
 *
 * <pre>
 * java [Spark's --add-opens] -cp spark/target/test-classes:spark/target/classes:$(cat spark/target/classpath.txt) \
 *     dev.nnc.spark.MlpComparison scoring [ROWS]
 * ... dev.nnc.spark.MlpComparison anchor DIGITS.csv
 * </pre>
 *
 * {@code scoring}: rows per second of the generated IrisMlp class as a Spark SQL function
 * ({@link NncFunctions}) and of MLlib's {@code MultilayerPerceptronClassificationModel.transform} with the
 * same layers (4-8-3, sigmoid then softmax), on the same cached rows in local[2]. {@code anchor}: MLlib's
 * {@code MultilayerPerceptronClassifier} and {@code nnc sweep --spark local[2]} over the same grid of
 * hidden sizes on iris and on scikit-learn's 8x8 digits (its digits.csv: 64 pixels and the digit, no header).
 */
public final class MlpComparison {
    private static final List<Integer> HIDDEN = List.of(8, 16, 32);

    private MlpComparison() {
    }

    public static void main(String[] args) throws Exception {
        SparkSession spark = SparkSession.builder().master("local[2]").appName("nnc comparison")
                .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2").getOrCreate();
        try {
            switch (args.length == 0 ? "" : args[0]) {
                case "scoring" -> scoring(spark, args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000);
                case "anchor" -> anchor(spark, Path.of(args[1]));
                default -> System.err.println("usage: MlpComparison scoring [ROWS] | anchor DIGITS.csv");
            }
        } finally {
            spark.stop();
        }
    }

    /** A labelled CSV file: features, then the class (a name), with or without a header row. */
    private record Labelled(List<double[]> x, List<String> label) {
        static Labelled read(Path file) throws IOException {
            List<double[]> x = new ArrayList<>();
            List<String> label = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                String[] cells = line.split(",");
                if (line.isBlank() || !Character.isDigit(cells[0].strip().charAt(0)) && !cells[0].startsWith("-")) {
                    continue;
                }
                x.add(Arrays.stream(cells, 0, cells.length - 1).mapToDouble(Double::parseDouble).toArray());
                label.add(cells[cells.length - 1].strip());
            }
            return new Labelled(x, label);
        }

        List<String> classes() {
            return label.stream().distinct().sorted().toList();
        }

        Dataset<Row> frame(SparkSession spark, List<String> classes) {
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < x.size(); i++) {
                rows.add(RowFactory.create((double) classes.indexOf(label.get(i)), Vectors.dense(x.get(i))));
            }
            StructType schema = new StructType().add("label", DataTypes.DoubleType)
                    .add("features", SQLDataTypes.VectorType());
            return spark.createDataFrame(rows, schema);
        }
    }

    private static void scoring(SparkSession spark, int rows) throws Exception {
        Path dir = Files.createTempDirectory("nnc-scoring");
        Path weights = dir.resolve("iris-mlp.json");
        Path model = Path.of("spark/src/test/nn/iris_mlp.nn");
        nnc("train", model.toString(), "-q", "--save", weights.toString());
        NncFunctions.register(spark, "iris", IrisMlp.class, weights);
        Labelled train = Labelled.read(Path.of("samples/data/iris-train.csv"));
        List<String> classes = train.classes();
        MultilayerPerceptronClassificationModel mllib = new MultilayerPerceptronClassifier()
                .setLayers(new int[] {4, 8, 3}).setMaxIter(200).setSeed(1).fit(train.frame(spark, classes));

        Random random = new Random(7);
        List<Row> data = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            double[] x = {4.3 + 3.6 * random.nextDouble(), 2.0 + 2.4 * random.nextDouble(),
                    1.0 + 5.9 * random.nextDouble(), 0.1 + 2.4 * random.nextDouble()};
            data.add(RowFactory.create(x, Vectors.dense(x)));
        }
        StructType schema = new StructType().add("x", DataTypes.createArrayType(DataTypes.DoubleType, false))
                .add("features", SQLDataTypes.VectorType());
        Dataset<Row> frame = spark.createDataFrame(data, schema).repartition(2).cache();
        frame.count();
        data.clear();

        double nnc = rowsPerSecond(rows, () -> frame.select(call_udf("iris", col("x")).as("k")).agg(sum("k"))
                .first());
        double transform = rowsPerSecond(rows, () -> mllib.transform(frame).agg(sum("prediction")).first());
        IrisMlp direct = new IrisMlp();
        Weights.load(direct, weights);
        double[][] xs = frame.select("x").collectAsList().stream()
                .map(r -> r.<Double>getList(0).stream().mapToDouble(Double::doubleValue).toArray())
                .toArray(double[][]::new);
        double plain = rowsPerSecond(rows, () -> {
            long total = 0;
            for (double[] x : xs) {
                total += direct.predictClass(x);
            }
            return total;
        });
        System.out.printf(Locale.ROOT, "scoring %d rows, local[2], 4-8-3 sigmoid/softmax (median of 5 after 2 warm-ups)%n",
                rows);
        System.out.printf(Locale.ROOT, "  nnc IrisMlp as a Spark SQL function   %,12.0f rows/s%n", nnc);
        System.out.printf(Locale.ROOT, "  MLlib model.transform                 %,12.0f rows/s%n", transform);
        System.out.printf(Locale.ROOT, "  IrisMlp.predictClass, one thread      %,12.0f rows/s (no Spark)%n", plain);
    }

    private static double rowsPerSecond(int rows, java.util.concurrent.Callable<Object> run) throws Exception {
        for (int w = 0; w < 2; w++) {
            run.call();
        }
        double[] seconds = new double[5];
        for (int r = 0; r < seconds.length; r++) {
            long start = System.nanoTime();
            run.call();
            seconds[r] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        return rows / seconds[seconds.length / 2];
    }

    /** MLlib's classifier and nnc sweep on Spark, the same hidden sizes, both scored on the held-out file. */
    private static void anchor(SparkSession spark, Path digits) throws Exception {
        Path dir = Files.createTempDirectory("nnc-anchor");
        Files.copy(Path.of("samples/data/iris-train.csv"), dir.resolve("iris-train.csv"));
        Files.copy(Path.of("samples/data/iris-test.csv"), dir.resolve("iris-test.csv"));
        List<String> lines = Files.readAllLines(digits);
        // a fixed split: every fifth row held out
        List<String> train = new ArrayList<>();
        List<String> test = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            (i % 5 == 4 ? test : train).add(lines.get(i));
        }
        Files.write(dir.resolve("digits-train.csv"), train);
        Files.write(dir.resolve("digits-test.csv"), test);
        compare(spark, dir, "iris", 4, 3, 200);
        compare(spark, dir, "digits", 64, 10, 100);
    }

    private static void compare(SparkSession spark, Path dir, String name, int inputs, int classes, int epochs)
            throws Exception {
        Path model = dir.resolve(name + ".nn");
        Files.writeString(model, """
                network %s {
                    input x[%d] normalize
                    layer h[8] sigmoid
                    layer p[%d] softmax
                    loss cross_entropy
                    weights init xavier seed = 1
                    optimizer adam(rate = 0.01)
                    train epochs = %d batch = 8 shuffle seed = 3
                    data "%s-train.csv" label
                    validation "%s-test.csv" label
                }
                """.formatted(Character.toUpperCase(name.charAt(0)) + name.substring(1), inputs, classes, epochs,
                name, name));
        String grid = "h=" + String.join(",", HIDDEN.stream().map(String::valueOf).toList());
        nnc("sweep", model.toString(), "--grid", grid, "--spark", "local[2]"); // warm-up
        long start = System.nanoTime();
        String table = nnc("sweep", model.toString(), "--grid", grid, "--spark", "local[2]");
        double nncSeconds = (System.nanoTime() - start) / 1e9;

        Labelled trainSet = Labelled.read(dir.resolve(name + "-train.csv"));
        Labelled testSet = Labelled.read(dir.resolve(name + "-test.csv"));
        List<String> names = trainSet.classes();
        Dataset<Row> trainFrame = trainSet.frame(spark, names).cache();
        Dataset<Row> testFrame = testSet.frame(spark, names).cache();
        trainFrame.count();
        testFrame.count();
        MulticlassClassificationEvaluator accuracy = new MulticlassClassificationEvaluator().setMetricName("accuracy");
        new MultilayerPerceptronClassifier().setLayers(new int[] {inputs, 8, classes}).setMaxIter(epochs).setSeed(1)
                .fit(trainFrame); // warm-up
        Map<Integer, Double> mllib = new LinkedHashMap<>();
        start = System.nanoTime();
        for (int h : HIDDEN) {
            MultilayerPerceptronClassificationModel fitted = new MultilayerPerceptronClassifier()
                    .setLayers(new int[] {inputs, h, classes}).setMaxIter(epochs).setSeed(1).fit(trainFrame);
            mllib.put(h, accuracy.evaluate(fitted.transform(testFrame)));
        }
        double mllibSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%n%s: %d training, %d held-out samples; hidden sizes %s%n", name,
                trainSet.x().size(), testSet.x().size(), HIDDEN);
        System.out.printf(Locale.ROOT, "  nnc sweep --spark local[2] (adam, %d epochs, batch 8): %.1f s%n%s", epochs,
                nncSeconds, table);
        System.out.printf(Locale.ROOT, "  MLlib MultilayerPerceptronClassifier (l-bfgs, maxIter %d): %.1f s%n", epochs,
                mllibSeconds);
        mllib.forEach((h, a) -> System.out.printf(Locale.ROOT, "    h=%d  accuracy %.2f%%%n", h, 100 * a));
    }

    private static String nnc(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        if (exit != 0) {
            throw new IllegalStateException("nnc " + String.join(" ", args) + ": " + err);
        }
        return out.toString();
    }
}
