package dev.nnc.onnx.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.onnx.OnnxException;
import dev.nnc.runtime.Network;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ONNX files real exporters wrote (PyTorch's torch.onnx.export and the ONNX Python helper, by
 * onnx-fixtures/make_fixtures.py): each supported one imports, compiles, and predicts what PyTorch
 * computed and what onnxruntime computes; each unsupported one is an error with the words its
 * expected.json lists.
 */
class FixturesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/onnx-fixtures");

    static Stream<String> supported() throws IOException {
        return names().filter(n -> !n.startsWith("unsupported_"));
    }

    static Stream<String> unsupported() throws IOException {
        return names().filter(n -> n.startsWith("unsupported_"));
    }

    private static Stream<String> names() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".onnx"))
                    .map(n -> n.substring(0, n.length() - ".onnx".length())).sorted().toList();
            return names.stream();
        }
    }

    private static Map<String, Object> expected(String name) throws IOException {
        return FixtureJson.parseObject(Files.readString(FIXTURES.resolve(name + ".expected.json")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("supported")
    void importedClassPredictsWhatTheExporterAndOnnxruntimeComputed(String name) throws Exception {
        Map<String, Object> expected = expected(name);
        byte[] bytes = Files.readAllBytes(FIXTURES.resolve(name + ".onnx"));
        OnnxImporter.Imported imported = OnnxImporter.importBytes(bytes, name + ".onnx");
        boolean dbl = expected.get("dtype").equals("float64");
        assertEquals(dbl, imported.doublePrecision(), "precision");
        assertTrue(imported.text().contains("precision " + (dbl ? "double" : "float")));
        assertTrue(imported.text().contains("opset " + ((Number) expected.get("opset")).intValue()), imported.text());
        assertTrue(imported.text().contains(expected.get("sha256").toString()), "the header has the file's hash");
        Network network = Oracle.compile(imported.text());
        double[][] inputs = FixtureJson.matrix(expected.get("inputs"));
        double tolerance = dbl ? 1e-12 : 1e-5;
        for (String key : List.of("outputs", "onnxruntime_outputs")) {
            double[][] outputs = FixtureJson.matrix(expected.get(key));
            for (int r = 0; r < inputs.length; r++) {
                double[] y = new double[network.outputCount()];
                network.predict(inputs[r], y);
                assertEquals(outputs[r].length, y.length, key);
                for (int k = 0; k < y.length; k++) {
                    assertEquals(outputs[r][k], y[k], tolerance * Math.max(1, Math.abs(outputs[r][k])),
                            key + " row " + r + " output " + k);
                }
            }
        }
        // and the onnxruntime of this build, on the fixture's inputs
        long[] shape = ((List<?>) expected.get("sample_shape")).stream().mapToLong(v -> ((Number) v).longValue()).toArray();
        double[][] ours = Oracle.run(bytes, inputs, dbl, shape);
        for (int r = 0; r < inputs.length; r++) {
            double[] y = new double[network.outputCount()];
            network.predict(inputs[r], y);
            for (int k = 0; k < y.length; k++) {
                assertEquals(ours[r][k], y[k], tolerance * Math.max(1, Math.abs(ours[r][k])), "onnxruntime row " + r);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsupported")
    void unsupportedModelsAreErrorsWithTheExpectedWords(String name) throws Exception {
        byte[] bytes = Files.readAllBytes(FIXTURES.resolve(name + ".onnx"));
        OnnxException e = assertThrows(OnnxException.class, () -> OnnxImporter.importBytes(bytes, name + ".onnx"));
        for (Object word : (List<?>) expected(name).get("error_mentions")) {
            assertTrue(e.getMessage().toLowerCase(Locale.ROOT).contains(word.toString().toLowerCase(Locale.ROOT)),
                    () -> "'" + word + "' not in: " + e.getMessage());
        }
    }
}
