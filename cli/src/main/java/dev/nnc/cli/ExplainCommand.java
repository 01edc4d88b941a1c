package dev.nnc.cli;

import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.explain.Explainer;
import dev.nnc.runtime.Dataset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nnc explain FILE.nn [-o FILE.md]}: the derivation of every gradient, as the tutorials write it. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Writes the derivation of the network's gradients as Markdown with LaTeX, the way the "
                + "backpropagation tutorials work an example by hand: the forward pass, the loss, the chain rule with "
                + "each factor's value, one optimizer step, with the numbers at the initial weights on the first "
                + "training sample. Networks with more than " + Explainer.PER_WEIGHT_LIMIT + " weights are explained "
                + "layer by layer.")
final class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.nn", description = "The network to explain.")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.md",
            description = "Write the Markdown to FILE.md instead of standard output.")
    Path output;

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
        Optional<CompiledNetwork> compiled = Models.compile(file, "", reporter);
        if (compiled.isEmpty()) {
            return Main.MODEL_ERROR;
        }
        CompiledNetwork network = compiled.get();
        Optional<Dataset> data = Models.trainingData(network, "to explain the gradient on", reporter);
        if (data.isEmpty()) {
            return Main.MODEL_ERROR;
        }
        String markdown = Explainer.explain(network, data.get(), NetworkClasses.instantiate(network, cache.cache()));
        if (output == null) {
            spec.commandLine().getOut().print(markdown);
            spec.commandLine().getOut().flush();
            return 0;
        }
        if (!Outputs.write(List.of(new Outputs.Pending(output, () -> markdown.getBytes(StandardCharsets.UTF_8))),
                reporter)) {
            return Main.MODEL_ERROR;
        }
        spec.commandLine().getOut().println(output);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
