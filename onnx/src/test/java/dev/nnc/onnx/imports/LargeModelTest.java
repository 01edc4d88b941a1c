package dev.nnc.onnx.imports;

import static dev.nnc.onnx.imports.TestModels.act;
import static dev.nnc.onnx.imports.TestModels.i;

import dev.nnc.onnx.proto.OnnxModel.ModelProto;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A 784-128-10 MLP, the size of an MNIST classifier: imported, compiled by nnc and javac, and
 * compared with onnxruntime. Prints how long import and compile take (not asserted: machines differ).
 */
class LargeModelTest {
    @Test
    void mnistSizedModelPredictsAsOnnxruntime() throws Exception {
        ModelProto model = TestModels.mlp(17, new int[] {784, 128, 10}, Arrays.asList(act("Relu"),
                act("Softmax", i("axis", -1))), 21);
        byte[] bytes = model.toByteArray();
        long start = System.nanoTime();
        OnnxImporter.Imported imported = OnnxImporter.importBytes(bytes, "mnist_mlp.onnx");
        long importedAt = System.nanoTime();
        dev.nnc.runtime.Network network = Oracle.compile(imported.text());
        long compiledAt = System.nanoTime();
        System.out.printf("784-128-10: import %d ms, nnc + javac %d ms, .nn text %d KB%n",
                (importedAt - start) / 1_000_000, (compiledAt - importedAt) / 1_000_000, imported.text().length() / 1024);
        Oracle.assertSamePredictions(bytes, imported.text(), false, new long[] {1, 784}, 784, 1e-5);
        org.junit.jupiter.api.Assertions.assertEquals(10, network.outputCount());
    }
}
