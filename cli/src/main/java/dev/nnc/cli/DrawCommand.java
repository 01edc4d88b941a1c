package dev.nnc.cli;

import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.explain.Explainer;
import dev.nnc.compiler.explain.NetworkPicture;
import dev.nnc.compiler.load.InMemoryCompiler;
import dev.nnc.compiler.page.DiagramLayout;
import dev.nnc.compiler.page.SvgDiagram;
import dev.nnc.runtime.Dataset;
import dev.nnc.runtime.Network;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nnc draw FILE.nn [--weights W.json] -o NET.svg|NET.png}: the network's diagram, as in {@code explain --html}. */
@Command(name = "draw", mixinStandardHelpOptions = true,
        description = "Draws the network as a diagram for slides and docs, the one 'nnc explain --html' shows: neurons "
                + "in columns, edges labelled with their weights (thinned for large networks), biases. Without "
                + "--weights and with training data, the worked step too: each neuron's net input, output and delta "
                + "on the first sample and each weight before and after one step. SVG or PNG, by the output's "
                + "extension.")
final class DrawCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.nn", description = "The network to draw.")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "NET.svg|NET.png", required = true,
            description = "The diagram to write: SVG, or PNG (drawn with Java2D from the same layout).")
    Path output;

    @Option(names = {"-w", "--weights"}, paramLabel = "W.json",
            description = "Draw these weights (written by 'nnc train --save') instead of the worked step.")
    Path weights;

    @Mixin
    ErrorLimitOption errors;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Reporter reporter = errors.reporter(spec.commandLine().getErr());
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean png = name.endsWith(".png");
        if (!png && !name.endsWith(".svg")) {
            reporter.usage("the diagram is written as SVG or PNG: name the output NET.svg or NET.png, not " + output);
            return Main.USAGE;
        }
        if (!Outputs.writable(reporter, output)) {
            return Main.MODEL_ERROR;
        }
        Optional<CompiledNetwork> compiled = Models.compile(file, "", reporter);
        if (compiled.isEmpty()) {
            return Main.MODEL_ERROR;
        }
        Optional<NetworkPicture> picture = picture(compiled.get(), reporter);
        if (picture.isEmpty()) {
            return Main.MODEL_ERROR;
        }
        DiagramLayout layout = DiagramLayout.of(picture.get());
        Outputs.Content content = png ? () -> PngDiagram.bytes(layout)
                : () -> SvgDiagram.file(layout).getBytes(StandardCharsets.UTF_8);
        if (!Outputs.write(List.of(new Outputs.Pending(output, content)), reporter)) {
            return Main.MODEL_ERROR;
        }
        spec.commandLine().getOut().println(output);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The worked step, or the weights of --weights, or the file's own weights when it has no data. */
    private Optional<NetworkPicture> picture(CompiledNetwork network, Reporter reporter) {
        if (weights != null) {
            Network net = InMemoryCompiler.instantiate(network.javaFile());
            if (!ModelParameters.load(net, network, weights, true, reporter)) {
                return Optional.empty();
            }
            return Optional.of(Explainer.picture(network, net.parameters()));
        }
        if (network.model().data().isEmpty()) {
            return Optional.of(Explainer.picture(network, initial(network)));
        }
        Optional<Dataset> data = Models.trainingData(network, "to draw the worked step on", reporter);
        return data.map(d -> Explainer.explanation(network, d).picture());
    }

    private static double[] initial(CompiledNetwork network) {
        var model = network.model();
        double[] p = new double[model.weightCount() + model.biasCount()];
        int w = 0;
        int b = model.weightCount();
        for (var layer : model.layers()) {
            for (double v : layer.weights()) {
                p[w++] = v;
            }
            for (double v : layer.bias().initial()) {
                p[b++] = v;
            }
        }
        return p;
    }
}
