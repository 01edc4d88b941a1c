package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.onnx.proto.OnnxModel.AttributeProto;
import dev.nnc.onnx.proto.OnnxModel.GraphProto;
import dev.nnc.onnx.proto.OnnxModel.ModelProto;
import dev.nnc.onnx.proto.OnnxModel.NodeProto;
import dev.nnc.onnx.proto.OnnxModel.OperatorSetIdProto;
import dev.nnc.onnx.proto.OnnxModel.TensorProto;
import dev.nnc.onnx.proto.OnnxModel.ValueInfoProto;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nnc import MODEL.onnx} and {@code nnc MODEL.onnx -d DIR}. */
class ImportCommandTest {
    @TempDir
    Path dir;

    /** A 3-4-2 float model: Gemm, Relu, Gemm, then {@code last} ("Softmax", or an op nnc refuses). */
    private Path model(String name, String last) throws Exception {
        TensorProto.Builder w0 = TensorProto.newBuilder().setName("W0").setDataType(1).addDims(4).addDims(3);
        TensorProto.Builder w1 = TensorProto.newBuilder().setName("W1").setDataType(1).addDims(2).addDims(4);
        for (int i = 0; i < 12; i++) {
            w0.addFloatData(0.1f * (i - 6));
        }
        for (int i = 0; i < 8; i++) {
            w1.addFloatData(0.2f * (i - 3));
        }
        AttributeProto transB = AttributeProto.newBuilder().setName("transB").setType(AttributeProto.AttributeType.INT)
                .setI(1).build();
        GraphProto graph = GraphProto.newBuilder()
                .addNode(NodeProto.newBuilder().setOpType("Gemm").setName("fc1").addInput("x").addInput("W0").addOutput("h")
                        .addAttribute(transB))
                .addNode(NodeProto.newBuilder().setOpType("Relu").addInput("h").addOutput("a"))
                .addNode(NodeProto.newBuilder().setOpType("Gemm").setName("fc2").addInput("a").addInput("W1").addOutput("z")
                        .addAttribute(transB))
                .addNode(NodeProto.newBuilder().setOpType(last).setName("out").addInput("z").addOutput("y"))
                .addInitializer(w0).addInitializer(w1)
                .addInput(ValueInfoProto.newBuilder().setName("x")).addOutput(ValueInfoProto.newBuilder().setName("y"))
                .build();
        ModelProto model = ModelProto.newBuilder().setIrVersion(8).setProducerName("test").setGraph(graph)
                .addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(17)).build();
        Path file = dir.resolve(name);
        Files.write(file, model.toByteArray());
        return file;
    }

    @Test
    void importWritesTheNnFileBesideTheModelAndNeverReplacesItUnasked() throws Exception {
        Path model = model("iris_mlp.onnx", "Softmax");
        Cli first = Cli.run("import", model.toString());
        Path nn = dir.resolve("iris_mlp.nn");
        assertEquals(0, first.exit(), first.err());
        assertEquals(nn.toString(), first.out().strip());
        String text = Files.readString(nn);
        assertTrue(text.contains("network IrisMlp {"), text);
        assertTrue(text.contains("layer fc1[4] relu bias none"), text);
        assertTrue(text.contains("layer fc2[2] softmax bias none"), text);

        Files.writeString(nn, "edited");
        Cli again = Cli.run("import", model.toString());
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("iris_mlp.nn exists"), again.err());
        assertEquals("edited", Files.readString(nn));

        assertEquals(0, Cli.run("import", model.toString(), "-o", nn.toString()).exit());
        assertEquals(text, Files.readString(nn));
        Cli printed = Cli.run("import", model.toString(), "-o", "-");
        assertEquals(text, printed.out());
        // the imported file is an ordinary network
        assertEquals(0, Cli.run(nn.toString(), "-d", dir.resolve("from-nn").toString()).exit());
    }

    @Test
    void generateCompilesAnOnnxModelDirectly() throws Exception {
        Path model = model("iris_mlp.onnx", "Softmax");
        Path out = dir.resolve("src");
        Cli run = Cli.run(model.toString(), "-d", out.toString(), "-p", "com.example");
        assertEquals(0, run.exit(), run.err());
        Path source = out.resolve("com/example/IrisMlp.java");
        assertEquals(source.toString(), run.out().strip());
        assertTrue(Files.readString(source).contains("public final class IrisMlp"));
        assertFalse(Files.exists(dir.resolve("iris_mlp.nn")), "generating writes no .nn file");
    }

    @Test
    void unsupportedAndDamagedModelsAreOneErrorLine() throws Exception {
        Path conv = model("conv.onnx", "Conv");
        for (List<String> args : List.of(List.of("import", conv.toString()), List.of(conv.toString(), "-d",
                dir.toString()))) {
            Cli run = Cli.run(args.toArray(String[]::new));
            assertEquals(1, run.exit());
            assertTrue(run.err().startsWith(conv + ": error: node 'out' (#3, Conv) is not supported"), run.err());
            assertTrue(run.err().contains("Supported: Gemm"), run.err());
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        }
        Path damaged = dir.resolve("damaged.onnx");
        Files.write(damaged, new byte[] {0x3a, 0x7f, 0x0a});
        Cli run = Cli.run("import", damaged.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith(damaged + ": error: not a readable ONNX model (protobuf: "), run.err());
        Cli missing = Cli.run("import", dir.resolve("none.onnx").toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("none.onnx: error: "), missing.err());
    }
}
