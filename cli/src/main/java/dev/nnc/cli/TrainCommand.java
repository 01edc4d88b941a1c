package dev.nnc.cli;

import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.load.InMemoryCompiler;
import dev.nnc.runtime.Dataset;
import dev.nnc.runtime.Network;
import dev.nnc.runtime.Trainer;
import dev.nnc.runtime.TrainingPlan;
import dev.nnc.runtime.TrainingResult;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nnc train FILE.nn}: compiles the network in memory, trains it as the file says, reports. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Compiles the network in memory, trains it as the file says (flags override) and prints a summary.")
final class TrainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.nn", description = "The network to train.")
    Path file;

    @Option(names = "--epochs", paramLabel = "N", description = "Train for N epochs instead of the file's number.")
    Integer epochs;

    @Option(names = "--rate", paramLabel = "R", description = "Use learning rate R instead of the file's.")
    Double rate;

    @Option(names = "--json", description = "Print one JSON object (see docs/cli.md) instead of the summary.")
    boolean json;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Reporter reporter = new Reporter(spec.commandLine().getErr());
        if (epochs != null && epochs < 0) {
            reporter.usage("--epochs must be 0 or more, not " + epochs);
            return Main.USAGE;
        }
        if (rate != null && !(rate > 0 && Double.isFinite(rate))) {
            reporter.usage("--rate must be a positive number, not " + rate);
            return Main.USAGE;
        }
        Optional<CompiledNetwork> compiled = Models.compile(file, "", reporter);
        if (compiled.isEmpty()) {
            return Main.MODEL_ERROR;
        }
        CompiledNetwork network = compiled.get();
        if (network.model().data().isEmpty()) {
            reporter.failure(file + ": no training data: add a 'data { [x, ...] -> [t, ...] }' block or 'data \"file.csv\"'");
            return Main.MODEL_ERROR;
        }
        Optional<Dataset> train = Models.data(network, network.model().data().get(), reporter);
        Optional<Optional<Dataset>> test = network.model().test()
                .map(source -> Models.data(network, source, reporter).map(Optional::of).orElse(null))
                .or(() -> Optional.of(Optional.empty()));
        if (train.isEmpty() || test.isEmpty()) {
            return Main.MODEL_ERROR;
        }
        Network net = InMemoryCompiler.instantiate(network.javaFile());
        if (rate != null) {
            net.setRate(rate);
        }
        TrainingPlan plan = network.model().training();
        if (epochs != null) {
            plan = plan.withEpochs(epochs);
        }
        TrainingResult result = Trainer.train(net, train.get(), plan);
        TrainingReport report = TrainingReport.of(net, result, train.get(), test.get());
        if (json) {
            spec.commandLine().getOut().println(report.toJson());
        } else {
            spec.commandLine().getOut().print(report.toText());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
