package dev.nnc.onnx.export;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.NncCompiler;
import dev.nnc.compiler.SourceReader;
import dev.nnc.compiler.data.DataLoader;
import dev.nnc.compiler.data.ValidationData;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.load.InMemoryCompiler;
import dev.nnc.compiler.model.Precision;
import dev.nnc.runtime.Dataset;
import dev.nnc.runtime.Network;
import dev.nnc.runtime.Trainer;
import dev.nnc.runtime.TrainingPlan;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Test helpers: compile and train a .nn file, and run a model in onnxruntime. */
final class Exports {
    private Exports() {
    }

    /** A compiled network, its loaded class (trained), and its training data (if it has any). */
    record Trained(CompiledNetwork compiled, Network net, Optional<Dataset> data) {
    }

    static CompiledNetwork compile(Path file, Precision precision) {
        SourceFile source = SourceReader.read(file).value().orElseThrow();
        Result<CompiledNetwork> result = NncCompiler.compile(source, "", false, Optional.of(precision));
        if (result.hasErrors()) {
            throw new AssertionError(file + ": " + result.diagnostics());
        }
        return result.value().orElseThrow();
    }

    /** {@code file} compiled in {@code precision} and trained for at most {@code maxEpochs} of its plan. */
    static Trained train(Path file, Precision precision, int maxEpochs) {
        CompiledNetwork compiled = compile(file, precision);
        Network net = InMemoryCompiler.instantiate(compiled.javaFile());
        Optional<Dataset> data = compiled.model().data()
                .map(d -> DataLoader.load(compiled.model(), d, compiled.source()).value().orElseThrow());
        if (data.isPresent()) {
            ValidationData.Sets sets = ValidationData.of(compiled.model(), data.get(), compiled.source()).value().orElseThrow();
            TrainingPlan plan = compiled.model().training();
            Trainer.train(net, sets.training(), sets.validation(), plan.withEpochs(Math.min(plan.epochs(), maxEpochs)),
                    (epoch, loss) -> { });
        }
        return new Trained(compiled, net, data);
    }

    /** The outputs onnxruntime computes with {@code model} for every row of {@code inputs}. */
    static double[][] run(byte[] model, double[][] inputs, Precision precision) throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession session = env.createSession(model, new OrtSession.SessionOptions())) {
            OnnxTensor tensor = switch (precision) {
                case DOUBLE -> OnnxTensor.createTensor(env, inputs);
                case FLOAT -> OnnxTensor.createTensor(env, toFloats(inputs));
            };
            try (tensor; OrtSession.Result result = session.run(Map.of("x", tensor))) {
                Object value = result.get(0).getValue();
                if (value instanceof double[][] doubles) {
                    return doubles;
                }
                float[][] floats = (float[][]) value;
                double[][] out = new double[floats.length][];
                for (int i = 0; i < floats.length; i++) {
                    out[i] = new double[floats[i].length];
                    for (int k = 0; k < floats[i].length; k++) {
                        out[i][k] = floats[i][k];
                    }
                }
                return out;
            }
        }
    }

    private static float[][] toFloats(double[][] inputs) {
        float[][] out = new float[inputs.length][];
        for (int i = 0; i < inputs.length; i++) {
            out[i] = new float[inputs[i].length];
            for (int k = 0; k < inputs[i].length; k++) {
                out[i][k] = (float) inputs[i][k];
            }
        }
        return out;
    }
}
