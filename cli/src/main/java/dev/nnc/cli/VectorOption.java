package dev.nnc.cli;

import dev.nnc.compiler.load.InMemoryCompiler;
import picocli.CommandLine.Option;

/** {@code --vector}: input-major loop layers written with the JDK's Vector API. */
final class VectorOption {
    @Option(names = "--vector",
            description = "Write input-major loop layers with the JDK's Vector API (jdk.incubator.vector): faster on "
                    + "CPUs with 256-bit vectors, same results to the bit. Compiling and running such classes needs "
                    + "--add-modules jdk.incubator.vector (./nnc adds it).")
    boolean enabled;

    /**
     * Whether classes written with the Vector API can be loaded here; if not, says how to start the
     * JVM. Only commands that run the generated class need this.
     */
    boolean usable(Reporter reporter) {
        if (enabled && !InMemoryCompiler.vectorApiAvailable()) {
            reporter.usage("--vector needs a JVM started with --add-modules " + InMemoryCompiler.VECTOR_MODULE
                    + " (the ./nnc launcher adds it when it sees --vector)");
            return false;
        }
        return true;
    }
}
