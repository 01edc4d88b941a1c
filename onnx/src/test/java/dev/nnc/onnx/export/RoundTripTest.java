package dev.nnc.onnx.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.NncCompiler;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.load.InMemoryCompiler;
import dev.nnc.compiler.model.Precision;
import dev.nnc.onnx.imports.OnnxImporter;
import dev.nnc.runtime.Network;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * .nn → train a few epochs → export → import → compile: the imported class predicts what the
 * trained network predicts, bit for bit in double and in float. (Networks that normalise their
 * inputs export Sub and Div nodes, which import does not read; double models of leaky_relu, elu,
 * softplus and silu spell their activations out with Where and Exp, which import does not read either.)
 */
class RoundTripTest {
    @ParameterizedTest
    @ValueSource(strings = {"mazur.nn", "linear.nn", "xor.nn", "activation_relu.nn", "activation_tanh.nn",
            "softmax_cross_entropy.nn", "sigmoid_bce.nn"})
    void exportThenImportPredictsBitForBit(String sample) throws Exception {
        for (Precision precision : Precision.values()) {
            Exports.Trained trained = Exports.train(Path.of("../samples").resolve(sample), precision, 3);
            byte[] model = OnnxExporter.export(trained.compiled(), trained.net(),
                    ExportMetadata.of(trained.compiled(), Optional.empty())).toByteArray();
            OnnxImporter.Imported imported = OnnxImporter.importBytes(model, sample.replace(".nn", ".onnx"));
            assertEquals(precision == Precision.DOUBLE, imported.doublePrecision(), sample + " " + precision);
            Result<CompiledNetwork> compiled = NncCompiler.compile(new SourceFile("imported.nn", null, imported.text()), "");
            Network back = InMemoryCompiler.instantiate(compiled.value().orElseThrow(() ->
                    new AssertionError(compiled.diagnostics() + "\n" + imported.text())).javaFile());
            Random random = new Random(3);
            double[] x = new double[back.inputCount()];
            double[] expected = new double[back.outputCount()];
            double[] actual = new double[back.outputCount()];
            for (int n = 0; n < 50; n++) {
                for (int i = 0; i < x.length; i++) {
                    x[i] = random.nextDouble() * 4 - 2;
                }
                trained.net().predict(x, expected);
                back.predict(x, actual);
                for (int k = 0; k < actual.length; k++) {
                    assertEquals(Double.doubleToLongBits(expected[k]), Double.doubleToLongBits(actual[k]),
                            sample + " " + precision + " input " + n + " output " + k + ": " + expected[k] + " vs " + actual[k]);
                }
            }
        }
    }
}
