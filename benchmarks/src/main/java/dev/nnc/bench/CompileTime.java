package dev.nnc.bench;

import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.NncCompiler;
import dev.nnc.compiler.bytecode.CodeReport;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.load.InMemoryCompiler;
import java.util.Locale;

/**
 * How long nnc takes from {@code .nn} text to a loaded class, in a fresh JVM as a user's first run
 * sees it: generating the Java source (parse, check, plan, graph, derivative, emission), then
 * compiling it with javac in memory and loading it. Prints one tab-separated line:
 * size, generate ms, javac ms, source characters, largest method's bytecode bytes.
 */
public final class CompileTime {
    private CompileTime() {
    }

    public static void main(String[] args) {
        String size = args[0];
        long start = System.nanoTime();
        Result<CompiledNetwork> result = NncCompiler.compile(BenchmarkNetwork.source(size), "dev.nnc.bench.timed");
        CompiledNetwork network = result.value().orElseThrow(() -> new IllegalStateException(result.diagnostics().toString()));
        String source = network.javaFile().toString();
        long generated = System.nanoTime();
        InMemoryCompiler.compile(network.className(), source);
        long compiled = System.nanoTime();
        int largest = CodeReport.of(network).largest().bytes();
        System.out.printf(Locale.ROOT, "%s\t%.0f\t%.0f\t%d\t%d%n", size, (generated - start) / 1e6,
                (compiled - generated) / 1e6, source.length(), largest);
    }
}
