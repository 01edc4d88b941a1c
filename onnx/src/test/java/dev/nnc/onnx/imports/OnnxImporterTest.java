package dev.nnc.onnx.imports;

import static dev.nnc.onnx.imports.TestModels.DOUBLE;
import static dev.nnc.onnx.imports.TestModels.FLOAT;
import static dev.nnc.onnx.imports.TestModels.act;
import static dev.nnc.onnx.imports.TestModels.f;
import static dev.nnc.onnx.imports.TestModels.floats;
import static dev.nnc.onnx.imports.TestModels.i;
import static dev.nnc.onnx.imports.TestModels.int64s;
import static dev.nnc.onnx.imports.TestModels.model;
import static dev.nnc.onnx.imports.TestModels.node;
import static dev.nnc.onnx.imports.TestModels.random;
import static dev.nnc.onnx.imports.TestModels.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.onnx.OnnxException;
import dev.nnc.onnx.proto.OnnxModel.ModelProto;
import dev.nnc.onnx.proto.OnnxModel.NodeProto;
import dev.nnc.onnx.proto.OnnxModel.TensorProto;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OnnxImporterTest {
    private static final long[] ROW3 = {1, 3};

    private static OnnxImporter.Imported imported(ModelProto model) throws OnnxException {
        return OnnxImporter.importBytes(model.toByteArray(), "tiny_model.onnx");
    }

    @Test
    void gemmMlpBecomesReadableNnWithExactFloatWeights() throws Exception {
        ModelProto model = TestModels.mlp(17, new int[] {3, 4, 2}, Arrays.asList(act("Relu"), act("Softmax",
                i("axis", -1))), 1);
        OnnxImporter.Imported imported = imported(model);
        String text = imported.text();
        assertEquals("TinyModel", imported.networkName());
        assertTrue(text.contains("// Imported by nnc import from tiny_model.onnx"), text);
        assertTrue(text.contains("producer: nnc-tests 1, opset 17"), text);
        assertTrue(text.contains("SHA-256 of the model file: " + OnnxImporter.sha256(model.toByteArray())), text);
        assertTrue(text.contains("layer fc0[4] relu bias = ["), text);
        assertTrue(text.contains("layer fc1[2] softmax bias = ["), text);
        assertTrue(text.contains("loss cross_entropy"), text);
        assertTrue(text.contains("precision float"), text);
        assertTrue(text.contains("input x[3]"), text); // "input" is a keyword
        // nnc's numbering is PyTorch's [out, in] order: the first row of W0 is neuron 1's weights
        float[] w0 = random(12, 1);
        String firstRow = text.substring(text.indexOf("// into fc01") + 13).lines().findFirst().orElseThrow();
        assertEquals(NnNumbers.ofFloat(w0[0]) + ", " + NnNumbers.ofFloat(w0[1]) + ", " + NnNumbers.ofFloat(w0[2]) + ",",
                firstRow.strip());
        Oracle.assertSamePredictions(model.toByteArray(), text, false, ROW3, 3, 1e-5);
    }

    @Test
    void networksAreNamedAfterTheFile() {
        assertEquals("MnistMlp", OnnxImporter.networkName("mnist_mlp.onnx"));
        assertEquals("Torch784_128_10", OnnxImporter.networkName("torch_784_128_10.ONNX"));
        assertEquals("Model2layer", OnnxImporter.networkName("2layer.onnx"));
        assertEquals("Model", OnnxImporter.networkName("-.onnx"));
    }

    @Test
    void floatsReadBackExactly() {
        java.util.Random r = new java.util.Random(5);
        for (int n = 0; n < 200_000; n++) {
            float v = Float.intBitsToFloat(r.nextInt());
            if (Float.isFinite(v)) {
                String text = NnNumbers.ofFloat(v);
                assertEquals(Float.floatToIntBits(v), Float.floatToIntBits((float) Double.parseDouble(text)), text);
            }
        }
        assertEquals("0.1", NnNumbers.ofFloat(0.1f));
        assertEquals("1e-5", NnNumbers.ofFloat(1e-5f));
        assertEquals("-2", NnNumbers.ofFloat(-2f));
    }

    static Stream<Arguments> activations() {
        return Stream.of(
                Arguments.of(act("Sigmoid"), "sigmoid"),
                Arguments.of(act("Tanh"), "tanh"),
                Arguments.of(act("Relu"), "relu"),
                Arguments.of(act("LeakyRelu", f("alpha", 0.2f)), "leaky_relu(0.2)"),
                Arguments.of(act("LeakyRelu"), "leaky_relu(0.01)"),
                Arguments.of(act("Elu", f("alpha", 0.7f)), "elu(0.7)"),
                Arguments.of(act("Elu"), "elu"),
                Arguments.of(act("Softplus"), "softplus"),
                Arguments.of(act("Identity"), "linear"),
                Arguments.of(null, "linear"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("activations")
    void everyActivationPredictsAsOnnxruntime(NodeProto activation, String nnc) throws Exception {
        ModelProto model = TestModels.mlp(13, new int[] {3, 5, 2}, Arrays.asList(activation, act("Sigmoid")), 7);
        String text = imported(model).text();
        assertTrue(text.contains("layer fc0[5] " + nnc + " bias"), text);
        assertTrue(text.contains("loss mse"), text);
        Oracle.assertSamePredictions(model.toByteArray(), text, false, ROW3, 3, 1e-5);
    }

    @Test
    void softmaxOfOldOpsetsDefaultsToAxisOneWhichIsTheLastOf2D() throws Exception {
        ModelProto model = TestModels.mlp(11, new int[] {3, 3}, Arrays.asList(act("Softmax")), 3);
        String text = imported(model).text();
        assertTrue(text.contains("softmax"), text);
        Oracle.assertSamePredictions(model.toByteArray(), text, false, ROW3, 3, 1e-5);
    }

    @Test
    void matMulAddWithoutBatchAndRawData() throws Exception {
        float[] w = random(6, 11);
        ModelProto model = model(14, List.of(
                        node("MatMul", "", List.of("x", "W"), "m"),
                        node("Add", "", List.of("B", "m"), "z"),
                        node("Sigmoid", "", List.of("z"), "y")),
                List.of(TestModels.rawFloats("W", new long[] {3, 2}, w), TestModels.rawFloats("B", new long[] {2}, 0.5f, -0.25f)),
                value("x", FLOAT, 3L), value("y", FLOAT, 2L));
        String text = imported(model).text();
        assertTrue(text.contains("layer l1[2] sigmoid bias = [0.5, -0.25]"), text);
        // MatMul's B is [in, out]: neuron 1 takes w[0], w[2], w[4]
        assertTrue(text.contains(NnNumbers.ofFloat(w[0]) + ", " + NnNumbers.ofFloat(w[2]) + ", " + NnNumbers.ofFloat(w[4])),
                text);
        Oracle.assertSamePredictions(model.toByteArray(), text, false, new long[] {3}, 3, 1e-5);
    }

    @Test
    void matMulWithoutAddHasNoBias() throws Exception {
        ModelProto model = model(13, List.of(node("MatMul", "", List.of("x", "W"), "y")),
                List.of(floats("W", new long[] {3, 2}, random(6, 2))), value("x", FLOAT, null, 3L),
                value("y", FLOAT, null, 2L));
        String text = imported(model).text();
        assertTrue(text.contains("layer l1[2] linear bias none"), text);
        Oracle.assertSamePredictions(model.toByteArray(), text, false, ROW3, 3, 1e-5);
    }

    @Test
    void doubleGemmWithTransBZeroAlphaAndBetaFolded() throws Exception {
        double[] w = TestModels.randomDoubles(12, 4);
        ModelProto model = model(13, List.of(
                        node("Gemm", "dense", List.of("x", "W", "C"), "z", f("alpha", 0.5f), f("beta", 2f)),
                        node("Tanh", "", List.of("z"), "y")),
                List.of(TestModels.doubles("W", new long[] {3, 4}, w), TestModels.doubles("C", new long[] {1, 4}, 0.1, 0.2,
                        0.3, 0.4)),
                value("x", DOUBLE, null, 3L), value("y", DOUBLE, null, 4L));
        OnnxImporter.Imported imported = imported(model);
        String text = imported.text();
        assertTrue(imported.doublePrecision());
        assertTrue(text.contains("precision double"), text);
        assertTrue(text.contains("layer dense[4] tanh bias = [0.2, 0.4, 0.6, 0.8]"), text);
        assertTrue(text.contains(Double.toString(w[0] * 0.5) + ", " + (w[4] * 0.5) + ", " + (w[8] * 0.5)), text);
        Oracle.assertSamePredictions(model.toByteArray(), text, true, ROW3, 3, 1e-12);
    }

    @Test
    void flattenAndReshapeOfTheInput() throws Exception {
        float[] w = random(12, 9);
        for (NodeProto shapeNode : List.of(node("Flatten", "", List.of("x"), "f", i("axis", 1)),
                node("Reshape", "", List.of("x", "shape"), "f"))) {
            ModelProto model = model(13, List.of(shapeNode,
                            node("Gemm", "", List.of("f", "W"), "y", i("transB", 1))),
                    List.of(floats("W", new long[] {2, 6}, w), int64s("shape", -1, 6)),
                    value("x", FLOAT, null, 2L, 3L), value("y", FLOAT, null, 2L));
            String text = imported(model).text();
            assertTrue(text.contains("input x[6]"), text);
            Oracle.assertSamePredictions(model.toByteArray(), text, false, new long[] {1, 2, 3}, 6, 1e-5);
        }
    }

    static Stream<Arguments> unsupported() {
        List<TensorProto> w = List.of(floats("W", new long[] {2, 3}, random(6, 1)), floats("B", new long[] {2}, 0, 0));
        NodeProto gemm = node("Gemm", "fc", List.of("x", "W", "B"), "z", i("transB", 1));
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("Conv", model(13, List.of(gemm, node("Conv", "conv1", List.of("z"), "y")), w,
                value("x", FLOAT, null, 3L), value("y", FLOAT, null, 2L)),
                List.of("node 'conv1' (#1, Conv)", "Supported: Gemm, MatMul followed by Add")));
        cases.add(Arguments.of("softmax axis 0", model(13, List.of(gemm, node("Softmax", "sm", List.of("z"), "y",
                        i("axis", 0))), w, value("x", FLOAT, null, 3L), value("y", FLOAT, null, 2L)),
                List.of("node 'sm' (#1, Softmax)", "axis 0 is not the last axis")));
        cases.add(Arguments.of("transA", model(13, List.of(gemm.toBuilder().addAttribute(i("transA", 1)).build()), w,
                value("x", FLOAT, null, 3L), value("z", FLOAT, null, 2L)), List.of("#0, Gemm)", "transA")));
        cases.add(Arguments.of("branch", model(13, List.of(gemm, node("Relu", "r1", List.of("z"), "y"),
                        node("Relu", "r2", List.of("z"), "y2")), w, value("x", FLOAT, null, 3L), value("y", FLOAT, null, 2L)),
                List.of("feeds 2 nodes", "linear chain")));
        cases.add(Arguments.of("two inputs", model(13, List.of(gemm), w, value("x", FLOAT, null, 3L),
                        value("z", FLOAT, null, 2L)).toBuilder().setGraph(model(13, List.of(gemm), w,
                        value("x", FLOAT, null, 3L), value("z", FLOAT, null, 2L)).getGraph().toBuilder()
                        .addInput(value("x2", FLOAT, 3L))).build(),
                List.of("2 inputs (x, x2)")));
        cases.add(Arguments.of("residual Add", model(13, List.of(gemm, node("Add", "res", List.of("z", "z"), "y")), w,
                value("x", FLOAT, null, 3L), value("y", FLOAT, null, 2L)), List.of("node 'res' (#1, Add)")));
        cases.add(Arguments.of("cycle", model(13, List.of(node("Relu", "a", List.of("x"), "p"),
                        node("Relu", "b", List.of("p"), "x")), w, value("x", FLOAT, null, 3L), value("y", FLOAT, null, 3L)),
                List.of("cycle")));
        cases.add(Arguments.of("opset 8", model(8, List.of(gemm), w, value("x", FLOAT, null, 3L),
                value("z", FLOAT, null, 2L)), List.of("opset 8", "opsets 9 to 21")));
        cases.add(Arguments.of("wrong width", model(13, List.of(gemm), w, value("x", FLOAT, null, 4L),
                value("z", FLOAT, null, 2L)), List.of("expect 3 inputs", "[4]")));
        cases.add(Arguments.of("activation first", model(13, List.of(node("Relu", "r", List.of("x"), "h"),
                        gemm.toBuilder().setInput(0, "h").build()), w, value("x", FLOAT, null, 3L), value("z", FLOAT, null, 2L)),
                List.of("node 'r' (#0, Relu)", "must follow a Gemm")));
        cases.add(Arguments.of("external data", model(13, List.of(gemm), List.of(w.get(0).toBuilder()
                        .setDataLocation(TensorProto.DataLocation.EXTERNAL).build(), w.get(1)), value("x", FLOAT, null, 3L),
                value("z", FLOAT, null, 2L)), List.of("'W'", "external file")));
        cases.add(Arguments.of("int weights", model(13, List.of(gemm), List.of(w.get(0).toBuilder().clearFloatData()
                        .setDataType(TensorProto.DataType.INT8_VALUE).build(), w.get(1)), value("x", FLOAT, null, 3L),
                value("z", FLOAT, null, 2L)), List.of("INT8", "FLOAT or DOUBLE")));
        cases.add(Arguments.of("huge dims", model(13, List.of(gemm), List.of(w.get(0).toBuilder().setDims(0, 1L << 40)
                        .build(), w.get(1)), value("x", FLOAT, null, 3L), value("z", FLOAT, null, 2L)),
                List.of("'W'", "dimensions")));
        cases.add(Arguments.of("short data", model(13, List.of(gemm), List.of(w.get(0).toBuilder().setDims(0, 3L)
                        .build(), w.get(1)), value("x", FLOAT, null, 3L), value("z", FLOAT, null, 2L)),
                List.of("9 values", "holds 6")));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unsupported")
    void unsupportedModelsAreErrorsNamingTheNode(String what, ModelProto model, List<String> mentions) {
        OnnxException e = assertThrows(OnnxException.class, () -> imported(model));
        for (String m : mentions) {
            assertTrue(e.getMessage().contains(m), () -> "'" + m + "' not in: " + e.getMessage());
        }
    }

    @Test
    void damagedBytesAreOneClearMessage() {
        OnnxException e = assertThrows(OnnxException.class, () -> OnnxImporter.importBytes(
                new byte[] {0x0a, 0x7f, 1, 2}, "bad.onnx"));
        assertTrue(e.getMessage().startsWith("not a readable ONNX model"), e.getMessage());
        OnnxException text = assertThrows(OnnxException.class, () -> OnnxImporter.importBytes(
                "network X { }".getBytes(java.nio.charset.StandardCharsets.UTF_8), "x.onnx"));
        assertTrue(text.getMessage().contains("ONNX"), text.getMessage());
    }
}
