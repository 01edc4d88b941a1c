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
                .addInitializer(w).addInput(ValueInfoProto.newBuilder().setName("x"))
                .addOutput(ValueInfoProto.newBuilder().setName("y")).build();
        return ModelProto.newBuilder().setIrVersion(8).setGraph(graph)
                .addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(13)).build().toByteArray();
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
