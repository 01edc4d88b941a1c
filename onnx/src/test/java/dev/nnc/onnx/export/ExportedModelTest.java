package dev.nnc.onnx.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OnnxModelMetadata;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.NncCompiler;
import dev.nnc.compiler.load.InMemoryCompiler;
import dev.nnc.compiler.model.Precision;
import dev.nnc.onnx.proto.OnnxModel.ModelProto;
import dev.nnc.onnx.proto.OnnxModel.NodeProto;
import dev.nnc.onnx.proto.OnnxModel.TensorProto;
import dev.nnc.onnx.proto.OnnxModel.TensorShapeProto;
import dev.nnc.onnx.proto.OnnxModel.ValueInfoProto;
import dev.nnc.runtime.Network;
import dev.nnc.runtime.Provenance;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The graph, the metadata and the bytes of exported models. */
class ExportedModelTest {
    private static final Path IRIS = Path.of("../samples/iris.nn");
    private static final Path MAZUR = Path.of("../samples/mazur.nn");
    private static final Path MINMAX = Path.of("src/test/resources/export/minmax.nn");

    private static ModelProto export(Path file, Precision precision, Optional<Provenance> training) {
        Exports.Trained trained = Exports.train(file, precision, 5);
        return OnnxExporter.export(trained.compiled(), trained.net(), ExportMetadata.of(trained.compiled(), training));
    }

    private static List<String> ops(ModelProto model) {
        return model.getGraph().getNodeList().stream().map(NodeProto::getOpType).toList();
    }

    @Test
    void irisIsNormalisationThenGemmTanhGemmSoftmaxWithABatchDimension() {
        ModelProto model = export(IRIS, Precision.DOUBLE, Optional.empty());
        assertEquals(OnnxExporter.IR_VERSION, model.getIrVersion());
        assertEquals(13, model.getOpsetImport(0).getVersion());
        assertEquals("nnc", model.getProducerName());
        assertEquals(NncCompiler.VERSION, model.getProducerVersion());
        assertEquals(List.of("Sub", "Div", "Gemm", "Tanh", "Gemm", "Softmax"), ops(model));
        assertEquals(List.of("h", "h/Tanh", "p", "p/Softmax"),
                model.getGraph().getNodeList().subList(2, 6).stream().map(NodeProto::getName).toList());
        assertShape(model.getGraph().getInput(0), "x", 4);
        assertShape(model.getGraph().getOutput(0), "y", 3);
        NodeProto gemm = model.getGraph().getNode(2);
        assertEquals(List.of("normalize/scaled", "h.weight", "h.bias"), gemm.getInputList());
        assertEquals("transB", gemm.getAttribute(0).getName());
        assertEquals(1, gemm.getAttribute(0).getI());
        TensorProto weight = initializer(model, "h.weight");
        assertEquals(List.of(8L, 4L), weight.getDimsList());
        assertEquals(TensorProto.DataType.DOUBLE_VALUE, weight.getDataType());
        assertEquals(-1, model.getGraph().getNode(5).getAttribute(0).getI());
    }

    @Test
    void weightsAreDestinationByRowsAndSharedBiasesRepeatPerNeuron() {
        ModelProto model = export(MAZUR, Precision.DOUBLE, Optional.empty());
        // mazur's file writes w1..w8 = 0.15 .. 0.55 and frozen shared biases 0.35 and 0.60; 5 epochs on its one sample moved the weights
        Exports.Trained trained = Exports.train(MAZUR, Precision.DOUBLE, 5);
        double[] p = trained.net().parameters();
        assertArrayEquals(new double[] {p[0], p[1], p[2], p[3]}, values(initializer(model, "h.weight")));
        assertArrayEquals(new double[] {p[4], p[5], p[6], p[7]}, values(initializer(model, "o.weight")));
        assertArrayEquals(new double[] {0.35, 0.35}, values(initializer(model, "h.bias")));
        assertArrayEquals(new double[] {0.60, 0.60}, values(initializer(model, "o.bias")));
        assertFalse(ops(model).contains("Sub"), "mazur does not normalise");
    }

    @Test
    void floatModelsHoldFloatsAndUseOnnxsActivationOperators() {
        ModelProto model = export(MINMAX, Precision.FLOAT, Optional.empty());
        assertEquals(List.of("Sub", "Div", "Gemm", "LeakyRelu", "Gemm", "Elu", "Gemm", "Softplus", "Gemm", "Sigmoid",
                "Mul", "Gemm", "Relu", "Gemm", "Tanh", "Gemm", "Softmax"), ops(model));
        assertTrue(model.getGraph().getInitializerList().stream()
                .allMatch(t -> t.getDataType() == TensorProto.DataType.FLOAT_VALUE));
        assertEquals(TensorProto.DataType.FLOAT_VALUE, model.getGraph().getInput(0).getType().getTensorType().getElemType());
        NodeProto leaky = model.getGraph().getNode(3);
        assertEquals(0.1f, leaky.getAttribute(0).getF());
        // bias none: Gemm without C
        assertEquals(2, model.getGraph().getNode(6).getInputCount());
        // min-max: the constant third column's range 0 divides by 1
        assertEquals(1.0f, floats(initializer(model, "normalize.std"))[2]);
    }

    @Test
    void doubleModelsSpellOutWhatOnnxRuntimeHasOnlyInFloat() {
        List<String> ops = ops(export(MINMAX, Precision.DOUBLE, Optional.empty()));
        assertFalse(ops.contains("LeakyRelu") || ops.contains("Elu") || ops.contains("Softplus"), ops.toString());
        assertTrue(ops.containsAll(List.of("Where", "Greater", "Exp", "Log", "Equal", "Reciprocal")), ops.toString());
    }

    @Test
    void metadataNamesTheVersionTheSourceAndTheTraining() throws Exception {
        Provenance training = new Provenance("Iris", Optional.of("ab12"), Optional.of("0.0.9"), OptionalLong.of(3),
                OptionalInt.of(200), OptionalDouble.of(0.01), OptionalDouble.of(0.0625),
                List.of("setosa", "versicolor", "vir\"ginica"));
        ModelProto model = export(IRIS, Precision.DOUBLE, Optional.of(training));
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession session = env.createSession(model.toByteArray(), new OrtSession.SessionOptions())) {
            OnnxModelMetadata meta = session.getMetadata();
            assertEquals("nnc", meta.getProducerName());
            assertEquals("Iris", meta.getGraphName());
            Map<String, String> props = meta.getCustomMetadata();
            String text = Files.readString(IRIS);
            assertEquals(Map.ofEntries(Map.entry("nnc.version", NncCompiler.VERSION),
                    Map.entry("nnc.source", IRIS.toString()),
                    Map.entry("nnc.source_sha256", HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)))),
                    Map.entry("nnc.parameters", "trained"),
                    Map.entry("nnc.training.network", "Iris"),
                    Map.entry("nnc.training.epochs", "200"),
                    Map.entry("nnc.training.rate", "0.01"),
                    Map.entry("nnc.training.final_loss", "0.0625"),
                    Map.entry("nnc.training.shuffle_seed", "3"),
                    Map.entry("nnc.training.nnc_version", "0.0.9"),
                    Map.entry("nnc.training.source_sha256", "ab12"),
                    Map.entry("nnc.class_names", "[\"setosa\",\"versicolor\",\"vir\\\"ginica\"]"),
                    Map.entry("nnc.precision", "double"),
                    Map.entry("nnc.normalization", "zscore")), props);
        }
    }

    @Test
    void initialParametersSaySoAndHaveNoTrainingSummary() {
        Map<String, String> props = export(MAZUR, Precision.FLOAT, Optional.empty()).getMetadataPropsList().stream()
                .collect(Collectors.toMap(e -> e.getKey(), e -> e.getValue()));
        assertEquals("initial", props.get("nnc.parameters"));
        assertEquals("float", props.get("nnc.precision"));
        assertTrue(props.keySet().stream().noneMatch(k -> k.startsWith("nnc.training.")), props.toString());
        assertFalse(props.containsKey("nnc.normalization"));
    }

    @Test
    void theSameNetworkAndParametersGiveTheSameBytes() {
        byte[] first = export(IRIS, Precision.DOUBLE, Optional.empty()).toByteArray();
        byte[] second = export(IRIS, Precision.DOUBLE, Optional.empty()).toByteArray();
        assertArrayEquals(first, second);
        Exports.Trained longer = Exports.train(IRIS, Precision.DOUBLE, 6);
        byte[] other = OnnxExporter.export(longer.compiled(), longer.net(),
                ExportMetadata.of(longer.compiled(), Optional.empty())).toByteArray();
        assertFalse(java.util.Arrays.equals(first, other), "one more epoch changes the weights, so the bytes");
    }

    /**
     * One neuron with weight 1 and no bias: the activation itself, at net inputs where ln(1 + e^x) written
     * naively overflows (800) or rounds to 0 (-40), and where e^x - 1 cancels (-1e-10). Double models
     * agree with nnc's classes to a few ulps, relative, everywhere above the subnormal range (sigmoid, which
     * is onnxruntime's, only near 0 to 1e-16 absolute, within the oracle's tolerance).
     */
    @Test
    void softplusAndEluKeepTheirPrecisionAtTheExtremesInDouble(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        double[][] nets = {{-800}, {-40}, {-20}, {-1e-10}, {0}, {1e-10}, {0.5}, {20}, {40}, {800}};
        for (String activation : List.of("softplus", "elu(0.5)", "silu", "leaky_relu(0.02)", "sigmoid", "tanh")) {
            Path file = dir.resolve("one.nn");
            Files.writeString(file, "network One {\n    input x[1]\n    layer y[1] " + activation
                    + " bias none\n    loss mse\n    weights = [1]\n}\n");
            CompiledNetwork compiled = Exports.compile(file, Precision.DOUBLE);
            Network net = InMemoryCompiler.instantiate(compiled.javaFile());
            byte[] model = OnnxExporter.export(compiled, net, ExportMetadata.of(compiled, Optional.empty())).toByteArray();
            double[][] got = Exports.run(model, nets, Precision.DOUBLE);
            double[] y = new double[1];
            for (int s = 0; s < nets.length; s++) {
                net.predict(nets[s], y);
                // below Double.MIN_NORMAL both are 0 to any use: onnxruntime's e^-800 is 5.6e-309, not 0
                double difference = Math.abs(got[s][0] - y[0]);
                // onnxruntime's own Sigmoid is exact to 1e-16 absolute, not relative: its sigmoid(-40) is 0
                double floor = activation.equals("sigmoid") ? OnnxRuntimeOracleTest.FLOOR.get(Precision.DOUBLE) : 0;
                double error = difference <= Double.MIN_NORMAL ? 0 : difference / Math.max(Math.abs(y[0]), floor);
                assertTrue(error <= (floor > 0 ? 1e-12 : 1e-15), activation + " at " + nets[s][0] + ": onnxruntime " + got[s][0] + ", nnc " + y[0]);
            }
        }
    }

    @Test
    void parametersThatDoNotFitAreRefused() {
        CompiledNetwork compiled = Exports.compile(IRIS, Precision.DOUBLE);
        Network net = InMemoryCompiler.instantiate(compiled.javaFile());
        ExportMetadata meta = ExportMetadata.of(compiled, Optional.empty());
        double[] tooFew = new double[net.parameters().length - 1];
        assertThrows(IllegalArgumentException.class, () -> OnnxExporter.export(compiled.model(), tooFew,
                Optional.of(InputScaling.of(net)), Precision.DOUBLE, meta));
        assertThrows(IllegalArgumentException.class, () -> OnnxExporter.export(compiled.model(), net.parameters(),
                Optional.empty(), Precision.DOUBLE, meta));
    }

    private static void assertShape(ValueInfoProto value, String name, long width) {
        assertEquals(name, value.getName());
        List<TensorShapeProto.Dimension> dims = value.getType().getTensorType().getShape().getDimList();
        assertEquals(2, dims.size());
        assertEquals("batch", dims.get(0).getDimParam());
        assertEquals(width, dims.get(1).getDimValue());
    }

    private static TensorProto initializer(ModelProto model, String name) {
        return model.getGraph().getInitializerList().stream().filter(t -> t.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no initializer " + name));
    }

    private static double[] values(TensorProto tensor) {
        ByteBuffer raw = tensor.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        double[] out = new double[raw.remaining() / 8];
        raw.asDoubleBuffer().get(out);
        return out;
    }

    private static float[] floats(TensorProto tensor) {
        ByteBuffer raw = tensor.getRawData().asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        float[] out = new float[raw.remaining() / 4];
        raw.asFloatBuffer().get(out);
        return out;
    }
}
