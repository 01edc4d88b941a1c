package dev.nnc.cli;

import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.model.Precision;
import dev.nnc.runtime.Dataset;
import dev.nnc.runtime.GradientCheck;
import dev.nnc.runtime.Network;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nnc check FILE.nn}: the generated gradient against central finite differences. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Compares the generated gradients with central finite differences at the initial weights on "
                + "every training sample; prints the largest relative error; exit 1 above 1e-6 (5e-3 for a float "
                + "class, with steps a thousand times larger).")
final class CheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.nn", description = "The network to check.")
    Path file;

    @picocli.CommandLine.Mixin
    PrecisionOption precision;

    @picocli.CommandLine.Mixin
    ErrorLimitOption errors;

    @picocli.CommandLine.Mixin
    CacheOption cache;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Reporter reporter = errors.reporter(spec.commandLine().getErr());
        Optional<CompiledNetwork> compiled = Models.compile(file, "", false, precision.value(), reporter);
        if (compiled.isEmpty()) {
            return Main.MODEL_ERROR;
        }
        CompiledNetwork network = compiled.get();
        Optional<Dataset> data = Models.trainingData(network, "to check the gradient on", reporter);
        if (data.isEmpty()) {
            return Main.MODEL_ERROR;
        }
        Network net = NetworkClasses.instantiate(network, cache.cache());
        if (net.normalizesInputs()) {
            dev.nnc.runtime.Normalization stats = dev.nnc.runtime.Normalization.of(data.get(), net.normalizationKind());
            net.setInputNormalization(stats.mean(), stats.std());
        }
        GradientCheck.Settings settings = network.model().precision() == Precision.FLOAT
                ? GradientCheck.Settings.FLOAT : GradientCheck.Settings.DOUBLE;
        // the samples shared out among the cores: the same report as on one
        GradientCheck.Report report = ParallelRuns.run(GradientCheck.parts(net, data.get(), settings,
                ParallelRuns.cores()), ParallelRuns.cores()).stream().reduce(GradientCheck::worse).orElseThrow();
        String where = report.parameter() < 0 ? "no trainable parameters"
                : String.format("at %s on sample %d: generated %s, finite difference %s",
                net.parameterNames()[report.parameter()], report.sample() + 1, report.analytic(), report.numeric());
        boolean ok = report.error() <= settings.tolerance();
        spec.commandLine().getOut().printf("%s: largest relative error %.3e (%s)%n%s%n", net.name(), report.error(),
                where, ok ? "ok: gradients match finite differences" : "FAILED: above " + settings.tolerance());
        spec.commandLine().getOut().flush();
        return ok ? 0 : Main.MODEL_ERROR;
    }
}
