package dev.nnc.cli;

import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.model.Precision;
import dev.nnc.onnx.export.ExportMetadata;
import dev.nnc.onnx.export.OnnxExporter;
import dev.nnc.runtime.Network;
import dev.nnc.runtime.Provenance;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nnc export FILE.nn [--weights W.json] -o MODEL.onnx}: the network as an ONNX model. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the network, with its parameters and input normalisation, as an ONNX model (opset "
                + OnnxExporter.OPSET + ", input x [batch, N], output y [batch, M]) that onnxruntime and other ONNX "
                + "runtimes run with the outputs of 'nnc predict'. Without --weights: the file's initial parameters, "
                + "and the normalisation computed from its training data as training would.")
final class ExportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.nn", description = "The network to export.")
    Path file;

    @Option(names = {"-w", "--weights"}, paramLabel = "W.json",
            description = "The parameters and normalisation of a weights file written by 'nnc train --save' (its "
                    + "training summary goes into the model's metadata).")
    Path weights;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "MODEL.onnx",
            description = "The ONNX file to write (atomically).")
    Path output;

    @Option(names = "--precision", paramLabel = "float|double", converter = PrecisionOption.Word.class,
            description = "The model's element type: DOUBLE or FLOAT tensors, inputs and outputs (default: the file's "
                    + "'precision' statement's, else double). A float model holds the parameters rounded to float, as "
                    + "a float class does.")
    Precision precision;

    @picocli.CommandLine.Mixin
    ErrorLimitOption errors;

    @picocli.CommandLine.Mixin
    CacheOption cache;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Reporter reporter = errors.reporter(spec.commandLine().getErr());
        if (!Outputs.writable(reporter, output)) {
            return Main.MODEL_ERROR;
        }
        Optional<CompiledNetwork> compiled = Models.compile(file, "", false, Optional.ofNullable(precision), reporter);
        if (compiled.isEmpty()) {
            return Main.MODEL_ERROR;
        }
        CompiledNetwork network = compiled.get();
        Network net = NetworkClasses.instantiate(network, cache.cache());
        Optional<Provenance> training = Optional.empty();
        if (weights != null) {
            training = ModelParameters.loaded(net, network, weights, true, reporter);
            if (training.isEmpty()) {
                return Main.MODEL_ERROR;
            }
        } else if (!ModelParameters.normalizeFromTrainingData(net, network,
                "to take the input normalisation from (or give --weights W.json)", reporter)) {
            return Main.MODEL_ERROR;
        }
        if (!write(network, net, training, output, reporter)) {
            return Main.MODEL_ERROR;
        }
        spec.commandLine().getOut().println(output);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** Writes {@code net} as {@code network}'s ONNX model to {@code target}; false after reporting why not. */
    static boolean write(CompiledNetwork network, Network net, Optional<Provenance> training, Path target,
                         Reporter reporter) {
        return Outputs.write(List.of(pending(network, net, training, target)), reporter);
    }

    /** {@code target}, to hold {@code net} as {@code network}'s ONNX model, made when it is written. */
    static Outputs.Pending pending(CompiledNetwork network, Network net, Optional<Provenance> training, Path target) {
        return new Outputs.Pending(target, () -> OnnxExporter.export(network, net,
                ExportMetadata.of(network, training)).toByteArray());
    }
}
