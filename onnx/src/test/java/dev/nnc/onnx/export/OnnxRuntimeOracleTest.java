package dev.nnc.onnx.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.compiler.model.Precision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * onnxruntime is the oracle: every conformance model, every sample and the export's own test networks,
 * trained (at most {@value #EPOCHS} epochs of their plans) so that the parameters are not the initial
 * ones, exported in both precisions, give in onnxruntime what the generated class's {@code predict}
 * gives, on the training inputs and on random and extreme ones.
 *
 * <p>The error of an output is |onnx - nnc| / max(|nnc|, floor): relative, except for outputs smaller
 * than the floor, whose error is judged against the floor, since an output that is a difference of
 * nearly equal terms (or a softmax probability of 1e-9) has no meaningful relative precision: the
 * floor is 1e-3 in double and 0.1 in float, where every sum of terms near 1 is uncertain by about
 * 1e-7 (float's epsilon), so outputs below 0.1 are held to 1e-6 absolute. The error must be at most
 * 1e-12 in double and 1e-5 in float. Float models are compared on inputs within three standard
 * deviations of the data; double ones also far out (30 and 300), where activations saturate and
 * softplus and elu must neither overflow nor lose their small values.
 */
class OnnxRuntimeOracleTest {
    static final Map<Precision, Double> FLOOR = Map.of(Precision.DOUBLE, 1e-3, Precision.FLOAT, 0.1);
    static final Map<Precision, Double> TOLERANCE = Map.of(Precision.DOUBLE, 1e-12, Precision.FLOAT, 1e-5);
    static final int EPOCHS = 200;
    private static final Map<Precision, Double> WORST = new EnumMap<>(Precision.class);

    static List<Path> networks() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("../../shared/conformance/models"), Path.of("../../shared/conformance/additions/models"),
                Path.of("../samples"), Path.of("src/test/resources/export"))) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> list = Files.list(dir)) {
                    list.filter(p -> p.toString().endsWith(".nn")).sorted().forEach(files::add);
                }
            }
        }
        return files;
    }

    @TestFactory
    Stream<DynamicTest> everyNetworkRunsInOnnxRuntimeWithNncsOutputs() throws IOException {
        List<Path> files = networks();
        assertTrue(files.size() >= 19, "the samples and the test networks at least: " + files);
        return files.stream().flatMap(file -> Stream.of(Precision.DOUBLE, Precision.FLOAT).map(precision ->
                DynamicTest.dynamicTest(file.getFileName() + " " + precision.spelling(), () -> check(file, precision))));
    }

    private static void check(Path file, Precision precision) throws Exception {
        Exports.Trained trained = Exports.train(file, precision, EPOCHS);
        byte[] model = OnnxExporter.export(trained.compiled(), trained.net(),
                ExportMetadata.of(trained.compiled(), Optional.empty())).toByteArray();
        double[][] inputs = inputs(trained, precision);
        double[][] got = Exports.run(model, inputs, precision);
        double worst = 0;
        String where = "";
        double[] y = new double[trained.net().outputCount()];
        for (int s = 0; s < inputs.length; s++) {
            trained.net().predict(inputs[s], y);
            for (int k = 0; k < y.length; k++) {
                double error = Math.abs(got[s][k] - y[k]) / Math.max(Math.abs(y[k]), FLOOR.get(precision));
                if (!(error <= worst)) {
                    worst = error;
                    where = "row " + s + " output " + k + ": onnxruntime " + got[s][k] + ", nnc " + y[k];
                }
            }
        }
        synchronized (WORST) {
            WORST.merge(precision, worst, Math::max);
        }
        System.out.println("export " + file.getFileName() + " " + precision.spelling() + ": max error " + worst);
        assertTrue(worst <= TOLERANCE.get(precision), file + " " + precision + ": error " + worst + " at " + where);
    }

    /** The training inputs, then random ones around them, then far out (where activations saturate). */
    private static double[][] inputs(Exports.Trained trained, Precision precision) {
        int n = trained.net().inputCount();
        List<double[]> rows = new ArrayList<>();
        trained.data().ifPresent(d -> {
            for (int s = 0; s < d.size(); s++) {
                rows.add(d.input(s));
            }
        });
        double[] centre = trained.net().normalizesInputs() ? trained.net().inputMean() : new double[n];
        double[] scale = trained.net().normalizesInputs() ? trained.net().inputStd() : filled(n, 1.0);
        Random random = new Random(42);
        double[] spreads = precision == Precision.DOUBLE ? new double[] {1, 3, 30, 300} : new double[] {1, 3};
        for (double spread : spreads) {
            for (int r = 0; r < 10; r++) {
                double[] x = new double[n];
                for (int i = 0; i < n; i++) {
                    x[i] = centre[i] + spread * scale[i] * random.nextGaussian();
                }
                rows.add(x);
            }
        }
        rows.add(new double[n]);
        return rows.toArray(double[][]::new);
    }

    private static double[] filled(int n, double value) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, value);
        return out;
    }

    @AfterAll
    static void summary() {
        System.out.println("export: max error per precision " + WORST);
    }
}
