package dev.nnc.cli;

import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.JavaNames;
import dev.nnc.compiler.bytecode.CodeReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Generating Java sources: shared by {@code nnc FILE.nn} and {@code nnc generate FILE.nn}. */
final class GenerateOptions {
    @Parameters(paramLabel = "FILE.nn", arity = "0..*", description = "Network descriptions to compile.")
    List<Path> files;

    @Option(names = {"-d", "--directory"}, paramLabel = "DIR", defaultValue = ".",
            description = "Where to write the sources (default: ${DEFAULT-VALUE}), under the package's folders.")
    Path directory;

    @Option(names = {"-p", "--package"}, paramLabel = "PACKAGE", defaultValue = "",
            description = "Java package of the generated classes (default: none).")
    String packageName;

    @Option(names = "--report",
            description = "Also compile each class in memory and print, per layer, the code chosen (unrolled or "
                    + "loops) and why, and per method its bytecode size (HotSpot JIT-compiles methods up to 8000 bytes).")
    boolean report;

    @picocli.CommandLine.Mixin
    VectorOption vector;

    @picocli.CommandLine.Mixin
    PrecisionOption precision;

    @picocli.CommandLine.Mixin
    ErrorLimitOption errors;

    @Spec(Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec spec;

    /** Compiles every file; writes nothing unless all of them compile, then all the sources or none. */
    int run() {
        Reporter reporter = errors.reporter(spec.commandLine().getErr());
        if (!packageName.isEmpty() && !JavaNames.isPackageName(packageName)) {
            reporter.usage("'" + packageName + "' is not a Java package name (names separated by dots, none a Java "
                    + "keyword, not java or under it; e.g. com.example.nn)");
            return Main.USAGE;
        }
        List<CompiledNetwork> compiled = new ArrayList<>();
        boolean failed = false;
        for (Path file : files) {
            Optional<CompiledNetwork> network = Models.compile(file, packageName, vector.enabled, precision.value(),
                    reporter);
            network.ifPresent(compiled::add);
            failed |= network.isEmpty();
        }
        if (failed) {
            return Main.MODEL_ERROR;
        }
        List<Outputs.Pending> sources = new ArrayList<>();
        for (CompiledNetwork network : compiled) {
            Path target = directory.resolve(network.className().replace('.', '/') + ".java");
            sources.add(new Outputs.Pending(target, () -> network.javaFile().toString().getBytes(StandardCharsets.UTF_8)));
        }
        if (!Outputs.write(sources, reporter)) {
            return Main.MODEL_ERROR;
        }
        for (int i = 0; i < compiled.size(); i++) {
            spec.commandLine().getOut().println(sources.get(i).target());
            if (report) {
                spec.commandLine().getOut().println(CodeReport.of(compiled.get(i)).render());
            }
        }
        return 0;
    }
}
