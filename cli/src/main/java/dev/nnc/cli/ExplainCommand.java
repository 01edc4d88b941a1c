package dev.nnc.cli;

import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.explain.Explainer;
import dev.nnc.compiler.explain.Explanation;
import dev.nnc.compiler.page.HtmlPage;
import dev.nnc.compiler.page.TrainingHistory;
import dev.nnc.runtime.TrainingDiverged;
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

/**
 * {@code nnc explain FILE.nn [--html [--epochs N]] [-o FILE]}: the derivation of every gradient, as the
 * tutorials write it, as Markdown or as a self-contained HTML page with the network drawn.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Writes the derivation of the network's gradients as Markdown with LaTeX, the way the "
                + "backpropagation tutorials work an example by hand: the forward pass, the loss, the chain rule with "
                + "each factor's value, one optimizer step, with the numbers at the initial weights on the first "
                + "training sample. Networks with more than " + Explainer.PER_WEIGHT_LIMIT + " weights are explained "
                + "layer by layer. With --html, one self-contained HTML page instead: the network drawn with the "
                + "numbers, the math typeset (MathML), each equation linked to its .nn line and generated code.")
final class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.nn", description = "The network to explain.")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the Markdown (or with --html the page) to FILE instead of standard output.")
    Path output;

    @Option(names = "--html", description = "Write one self-contained HTML page (no network access when opened): the "
            + "network drawn as SVG with the worked numbers, the derivation with its math as MathML.")
    boolean html;

    @Option(names = "--epochs", paramLabel = "N", description = "With --html: also train a fresh copy of the network "
            + "for N epochs and add a table and charts of the loss and a few weights per epoch.")
    Integer epochs;

    @picocli.CommandLine.Mixin
    ErrorLimitOption errors;

    @picocli.CommandLine.Mixin
    CacheOption cache;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Reporter reporter = errors.reporter(spec.commandLine().getErr());
        if (epochs != null && (!html || epochs < 1)) {
            reporter.usage(!html ? "--epochs needs --html (the Markdown has no training run)"
                    : "--epochs must be at least 1, got " + epochs);
            return Main.USAGE;
        }
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
        Optional<String> text = html ? page(network, data.get(), reporter) : Optional.of(Explainer.explain(network, data.get(), NetworkClasses.instantiate(network, cache.cache())));
        if (text.isEmpty()) {
            return Main.MODEL_ERROR;
        }
        String markdown = text.get();
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

    /** The HTML page, with the training run when --epochs is given; empty after reporting a diverged run. */
    private Optional<String> page(CompiledNetwork network, Dataset data, Reporter reporter) {
        Explanation explanation = Explainer.explanation(network, data, NetworkClasses.instantiate(network, cache.cache()));
        Optional<TrainingHistory> history = Optional.empty();
        if (epochs != null) {
            dev.nnc.runtime.Network net = NetworkClasses.instantiate(network, cache.cache());
            try {
                history = Optional.of(PageHistory.train(network, net, data, epochs));
            } catch (TrainingDiverged e) {
                reporter.failure(Divergence.message(e, net.rate()));
                return Optional.empty();
            }
        }
        return Optional.of(HtmlPage.of(explanation, history));
    }
}
