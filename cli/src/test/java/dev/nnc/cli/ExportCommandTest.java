package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nnc export} and {@code train --onnx}: the files onnxruntime runs with what {@code nnc predict}
 * prints (relative error at most 1e-12, or 1e-15 absolute for outputs below 1e-3).
 */
class ExportCommandTest {
    private static final Path IRIS = Path.of("../samples/iris.nn");
    private static final double[][] FLOWERS = {
        {5.1, 3.5, 1.4, 0.2}, {6.4, 3.2, 4.5, 1.5}, {6.3, 3.3, 6.0, 2.5}, {4.4, 2.9, 1.4, 0.2}, {7.9, 3.8, 6.4, 2.0},
        {0, 0, 0, 0}, {20, -5, 30, 9},
    };

    @TempDir
    Path dir;

    @Test
    void trainOnnxAndExportFromTheSavedWeightsWriteTheSameModelAndItPredictsAsNncDoes() throws Exception {
        Path weights = dir.resolve("iris.json");
        Path trained = dir.resolve("trained.onnx");
        Cli train = Cli.run("train", "-q", IRIS.toString(), "--save", weights.toString(), "--onnx", trained.toString());
        assertEquals(0, train.exit(), train.err());
        assertTrue(train.out().contains("  onnx      " + trained), train.out());

        Path exported = dir.resolve("exported.onnx");
        Cli export = Cli.run("export", IRIS.toString(), "--weights", weights.toString(), "-o", exported.toString());
        assertEquals(0, export.exit(), export.err());
        assertEquals(exported + System.lineSeparator(), export.out());
        assertArrayEquals(Files.readAllBytes(trained), Files.readAllBytes(exported));

        double[][] nnc = predict(IRIS, 3, "--weights", weights.toString());
        assertClose(nnc, run(exported, FLOWERS));
        Map<String, String> meta = metadata(exported);
        assertEquals("trained", meta.get("nnc.parameters"));
        assertEquals("200", meta.get("nnc.training.epochs"));
        assertEquals("3", meta.get("nnc.training.shuffle_seed"));
        assertEquals("zscore", meta.get("nnc.normalization"));
    }

    @Test
    void withoutWeightsAMinMaxNetworkIsExportedWithItsFilesWeightsAndTheNormalisationOfItsData() throws Exception {
        Path nn = dir.resolve("minmax.nn");
        Files.writeString(nn, """
                network MinMax {
                    input x[4] normalize minmax
                    layer h[3] elu(0.5)
                    layer y[2] linear
                    loss mse
                    weights = [0.5, -0.25, 0.125, 1, -1, 0.75, 0.3, -0.6, 0.2, 0.4, -0.8, 0.9,
                               1.5, -0.5, 0.25, -1.25, 0.6, 0.35]
                    data {
                        [5.1, 3.5, 1.4, 0.2] -> [1, 0]
                        [7.0, 3.2, 4.7, 1.4] -> [0, 1]
                        [6.3, 2.5, 5.0, 1.9] -> [1, 1]
                    }
                }
                """);
        Path model = dir.resolve("minmax.onnx");
        Cli export = Cli.run("export", nn.toString(), "-o", model.toString());
        assertEquals(0, export.exit(), export.err());
        double[][] nnc = predict(nn, 2);
        assertClose(nnc, run(model, FLOWERS));
        assertEquals("minmax", metadata(model).get("nnc.normalization"));
        assertEquals("initial", metadata(model).get("nnc.parameters"));
    }

    @Test
    void mistakesAreReportedWithoutWritingAFile() throws Exception {
        Path model = dir.resolve("m.onnx");
        Cli noOutput = Cli.run("export", IRIS.toString());
        assertEquals(Main.USAGE, noOutput.exit());
        assertTrue(noOutput.err().contains("--output"), noOutput.err());

        Cli study = Cli.run("train", IRIS.toString(), "--rate", "0.1,0.2", "--onnx", model.toString());
        assertEquals(Main.USAGE, study.exit());
        assertTrue(study.err().contains("--onnx writes the network of one training run"), study.err());

        Path nn = dir.resolve("nodata.nn");
        Files.writeString(nn, "network N {\n    input x[2] normalize\n    layer y[1] sigmoid\n    loss bce\n}\n");
        Cli noData = Cli.run("export", nn.toString(), "-o", model.toString());
        assertEquals(Main.MODEL_ERROR, noData.exit());
        assertTrue(noData.err().contains("no training data to take the input normalisation from"), noData.err());

        Cli wrongWeights = Cli.run("export", IRIS.toString(), "-w", "../samples/mazur.nn", "-o", model.toString());
        assertEquals(Main.MODEL_ERROR, wrongWeights.exit());
        assertFalse(wrongWeights.err().contains("Exception"), wrongWeights.err());
        assertFalse(Files.exists(model));
    }

    /** The {@code outputs} numbers {@code nnc predict FILE ARGS FLOWERS.csv} prints per row (without the class name). */
    private double[][] predict(Path nn, int outputs, String... args) throws Exception {
        Path csv = dir.resolve("flowers.csv");
        StringBuilder rows = new StringBuilder();
        for (double[] x : FLOWERS) {
            rows.append(x[0]).append(',').append(x[1]).append(',').append(x[2]).append(',').append(x[3]).append('\n');
        }
        Files.writeString(csv, rows);
        String[] command = new String[args.length + 3];
        command[0] = "predict";
        command[1] = nn.toString();
        System.arraycopy(args, 0, command, 2, args.length);
        command[command.length - 1] = csv.toString();
        Cli predict = Cli.run(command);
        assertEquals(0, predict.exit(), predict.err());
        return predict.out().lines().map(line -> line.split(",")).map(fields -> java.util.Arrays.stream(fields)
                .limit(outputs).mapToDouble(Double::parseDouble).toArray()).toArray(double[][]::new);
    }

    private static double[][] run(Path model, double[][] inputs) throws Exception {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession session = env.createSession(model.toString(), new OrtSession.SessionOptions());
             OnnxTensor x = OnnxTensor.createTensor(env, inputs);
             OrtSession.Result result = session.run(Map.of("x", x))) {
            return (double[][]) result.get(0).getValue();
        }
    }

    private static Map<String, String> metadata(Path model) throws Exception {
        try (OrtSession session = OrtEnvironment.getEnvironment().createSession(model.toString(),
                new OrtSession.SessionOptions())) {
            return session.getMetadata().getCustomMetadata();
        }
    }

    private static void assertClose(double[][] expected, double[][] actual) {
        assertEquals(expected.length, actual.length);
        for (int s = 0; s < expected.length; s++) {
            assertEquals(expected[s].length, actual[s].length, "row " + s);
            for (int k = 0; k < expected[s].length; k++) {
                double error = Math.abs(actual[s][k] - expected[s][k]) / Math.max(Math.abs(expected[s][k]), 1e-3);
                assertTrue(error <= 1e-12, "row " + s + " output " + k + ": onnxruntime " + actual[s][k]
                        + ", nnc predict " + expected[s][k]);
            }
        }
    }
}
