package dev.nnc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.onnx.proto.OnnxModel.AttributeProto;
import dev.nnc.onnx.proto.OnnxModel.GraphProto;
import dev.nnc.onnx.proto.OnnxModel.ModelProto;
import dev.nnc.onnx.proto.OnnxModel.NodeProto;
import dev.nnc.onnx.proto.OnnxModel.OperatorSetIdProto;
import dev.nnc.onnx.proto.OnnxModel.TensorProto;
import dev.nnc.onnx.proto.OnnxModel.ValueInfoProto;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin compiles {@code src/main/nn/**}{@code /*.onnx} like .nn files: incrementally and deterministically. */
class OnnxModelsTest {
    @TempDir
    Path project;

    private static byte[] model(String op) {
        TensorProto.Builder w = TensorProto.newBuilder().setName("W").setDataType(1).addDims(2).addDims(3);
        for (int i = 0; i < 6; i++) {
            w.addFloatData(0.25f * i - 0.5f);
        }
        GraphProto graph = GraphProto.newBuilder()
                .addNode(NodeProto.newBuilder().setOpType("Gemm").setName("dense").addInput("x").addInput("W").addOutput("z")
                        .addAttribute(AttributeProto.newBuilder().setName("transB").setType(AttributeProto.AttributeType.INT)
                                .setI(1)))
                .addNode(NodeProto.newBuilder().setOpType(op).addInput("z").addOutput("y"))
                .addInitializer(w).addInput(value("x", 3)).addOutput(value("y", 2)).build();
        return ModelProto.newBuilder().setIrVersion(8).setGraph(graph)
                .addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(13)).build().toByteArray();
    }

    /** A float tensor [N, width]. */
    private static ValueInfoProto value(String name, long width) {
        dev.nnc.onnx.proto.OnnxModel.TensorShapeProto shape = dev.nnc.onnx.proto.OnnxModel.TensorShapeProto.newBuilder()
                .addDim(dev.nnc.onnx.proto.OnnxModel.TensorShapeProto.Dimension.newBuilder().setDimParam("N"))
                .addDim(dev.nnc.onnx.proto.OnnxModel.TensorShapeProto.Dimension.newBuilder().setDimValue(width)).build();
        return ValueInfoProto.newBuilder().setName(name).setType(dev.nnc.onnx.proto.OnnxModel.TypeProto.newBuilder()
                .setTensorType(dev.nnc.onnx.proto.OnnxModel.TypeProto.Tensor.newBuilder().setElemType(1).setShape(shape)))
                .build();
    }

    private GenerateRequest request(Path out, boolean tests) {
        return new GenerateRequest(project.resolve("src/main/nn"), List.of("**/*.nn", "**/*.onnx"), List.of(), out,
                tests ? Optional.of(project.resolve("target/tests")) : Optional.empty(), "com.example", false,
                project.resolve("target/nnc/" + out.getFileName() + ".properties"), project, false);
    }

    @Test
    void onnxModelsCompileIncrementallyAndDeterministically() throws IOException {
        Path model = project.resolve("src/main/nn/tiny_net.onnx");
        Files.createDirectories(model.getParent());
        Files.write(model, model("Sigmoid"));
        Path out = project.resolve("target/a");
        GenerateSummary first = new SourceGenerator(request(out, true), new RecordingBuild(), "nnc test").run();
        assertEquals(List.of(), first.errors());
        Path source = out.resolve("com/example/TinyNet.java");
        assertTrue(Files.readString(source).contains("public final class TinyNet"));
        assertTrue(Files.isRegularFile(project.resolve("target/tests/com/example/TinyNetGeneratedTest.java")));

        RecordingBuild again = new RecordingBuild();
        new SourceGenerator(request(out, true), again, "nnc test").run();
        assertEquals(List.of(), again.written, "nothing changed, nothing written");

        Path other = project.resolve("target/b");
        new SourceGenerator(request(other, false), new RecordingBuild(), "nnc test").run();
        assertEquals(Files.readString(source), Files.readString(other.resolve("com/example/TinyNet.java")));
    }

    @Test
    void theGeneratedTestComparesTheClassWithOnnxruntime() throws Exception {
        Path model = project.resolve("src/main/nn/tiny_net.onnx");
        Files.createDirectories(model.getParent());
        Files.write(model, model("Tanh"));
        Path out = project.resolve("target/a");
        new SourceGenerator(request(out, true), new RecordingBuild(), "nnc test").run();
        String network = Files.readString(out.resolve("com/example/TinyNet.java"));
        String test = Files.readString(project.resolve("target/tests/com/example/TinyNetGeneratedTest.java"));
        assertTrue(test.contains("Path.of(\"src/main/nn/tiny_net.onnx\")"), test);
        // the test runs in the project's folder; here the working folder is the plugin's
        String located = test.replace("\"src/main/nn/tiny_net.onnx\"", "\"" + model.toString().replace("\\", "/") + "\"");
        runOnnxTest(network, located);
        String wrongWeight = network.replaceFirst("w1 = ([-0-9.]+)f;", "w1 = 0.3f;");
        assertTrue(!wrongWeight.equals(network), "the class has a field w1");
        org.junit.jupiter.api.Assertions.assertThrows(org.opentest4j.AssertionFailedError.class,
                () -> runOnnxTest(wrongWeight, located));
    }

    private static void runOnnxTest(String network, String test) throws Exception {
        java.util.Map<String, Class<?>> classes = dev.nnc.compiler.load.InMemoryCompiler.compileAll(java.util.Map.of(
                "com.example.TinyNet", network, "com.example.TinyNetGeneratedTest", test));
        Class<?> type = classes.get("com.example.TinyNetGeneratedTest");
        java.lang.reflect.Constructor<?> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        java.lang.reflect.Method method = type.getDeclaredMethod("predictsAsOnnxruntime");
        method.setAccessible(true);
        try {
            method.invoke(constructor.newInstance());
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    @Test
    void anUnsupportedModelIsAnErrorAtTheFile() throws IOException {
        Path model = project.resolve("src/main/nn/conv.onnx");
        Files.createDirectories(model.getParent());
        Files.write(model, model("Conv"));
        GenerateSummary summary = new SourceGenerator(request(project.resolve("target/a"), false), new RecordingBuild(),
                "nnc test").run();
        assertEquals(1, summary.errors().size());
        assertTrue(summary.errors().get(0).startsWith("src/main/nn/conv.onnx: error: node #1 (Conv) is not supported"),
                summary.errors().get(0));
    }
}
