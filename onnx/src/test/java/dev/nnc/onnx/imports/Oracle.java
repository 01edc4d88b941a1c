package dev.nnc.onnx.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.NncCompiler;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.load.InMemoryCompiler;
import dev.nnc.runtime.Network;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.util.Map;
import java.util.Random;

/** Runs a model in onnxruntime and its imported class, and compares their outputs. */
final class Oracle {
    private Oracle() {
    }

    /** The network class nnc generates from imported .nn text, compiled and loaded. */
    static Network compile(String text) {
        Result<CompiledNetwork> compiled = NncCompiler.compile(new SourceFile("imported.nn", null, text), "");
        assertFalse(compiled.hasErrors(), () -> compiled.diagnostics().toString() + "\n" + text);
        return InMemoryCompiler.instantiate(compiled.value().orElseThrow().javaFile());
    }

    /** onnxruntime's outputs for each row of {@code x}; {@code batch} says whether the input has a batch dimension. */
    static double[][] run(byte[] model, double[][] x, boolean dbl, long[] inputShape) throws Exception {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession session = env.createSession(model, new OrtSession.SessionOptions())) {
            String input = session.getInputNames().iterator().next();
            double[][] y = new double[x.length][];
            for (int r = 0; r < x.length; r++) {
                try (OnnxTensor tensor = dbl ? OnnxTensor.createTensor(env, DoubleBuffer.wrap(x[r]), inputShape)
                        : OnnxTensor.createTensor(env, FloatBuffer.wrap(toFloats(x[r])), inputShape);
                     OrtSession.Result result = session.run(Map.of(input, tensor))) {
                    OnnxTensor out = (OnnxTensor) result.get(0);
                    if (dbl) {
                        DoubleBuffer b = out.getDoubleBuffer();
                        y[r] = new double[b.remaining()];
                        b.get(y[r]);
                    } else {
                        FloatBuffer b = out.getFloatBuffer();
                        y[r] = new double[b.remaining()];
                        for (int i = 0; i < y[r].length; i++) {
                            y[r][i] = b.get(i);
                        }
                    }
                }
            }
            return y;
        }
    }

    static float[] toFloats(double[] x) {
        float[] f = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            f[i] = (float) x[i];
        }
        return f;
    }

    /** {@code rows} random inputs in [-2, 2), float32 values when not {@code dbl}. */
    static double[][] inputs(int rows, int width, boolean dbl, long seed) {
        Random r = new Random(seed);
        double[][] x = new double[rows][width];
        for (double[] row : x) {
            for (int i = 0; i < width; i++) {
                row[i] = dbl ? r.nextDouble() * 4 - 2 : (float) (r.nextDouble() * 4 - 2);
            }
        }
        return x;
    }

    /** Asserts the imported class predicts what onnxruntime predicts, to {@code tolerance}. */
    static void assertSamePredictions(byte[] model, String text, boolean dbl, long[] inputShape, int width,
                                      double tolerance) throws Exception {
        Network network = compile(text);
        double[][] x = inputs(20, width, dbl, 42);
        double[][] expected = run(model, x, dbl, inputShape);
        for (int r = 0; r < x.length; r++) {
            double[] y = new double[network.outputCount()];
            network.predict(x[r], y);
            assertEquals(expected[r].length, y.length);
            for (int k = 0; k < y.length; k++) {
                assertEquals(expected[r][k], y[k], tolerance * Math.max(1, Math.abs(expected[r][k])),
                        "row " + r + " output " + k + "\n");
            }
        }
    }
}
