package dev.nnc.compiler.bytecode;

import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.emit.EmitOptions;
import dev.nnc.compiler.load.InMemoryCompiler;
import dev.nnc.compiler.model.Layer;
import dev.nnc.compiler.model.Network;
import dev.nnc.compiler.plan.LayerPlan;
import dev.nnc.compiler.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the compiler chose and what it cost: per layer, unrolled or loops and why; per method of
 * the compiled class, its bytecode size against HotSpot's 8,000-byte limit for JIT compilation.
 */
public record CodeReport(Plan plan, EmitOptions options, List<ClassSummary> classes) {
    public CodeReport {
        classes = List.copyOf(classes);
    }

    /** Compiles {@code network}'s source in memory and reads its class files. */
    public static CodeReport of(CompiledNetwork network) {
        Map<String, byte[]> bytes = InMemoryCompiler.bytecode(network.javaFile());
        List<ClassSummary> classes = new ArrayList<>();
        bytes.values().forEach(b -> classes.add(ClassFileReader.read(b)));
        classes.sort((a, b) -> a.name().compareTo(b.name()));
        return new CodeReport(network.plan(), network.options(), classes);
    }

    /** The largest method of every class. */
    public MethodSize largest() {
        return classes.stream().map(ClassSummary::largest).max((a, b) -> Integer.compare(a.bytes(), b.bytes()))
                .orElseThrow();
    }

    private int codeWidth() {
        return options.vectorApi() ? 32 : 20;
    }

    /** The report as text, one table of layers and one of methods. */
    public String render() {
        Network network = plan.network();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s: %d weights, %d biases%n", network.name(), network.weightCount(),
                network.biasCount()));
        out.append(String.format(Locale.ROOT, "%-12s %-14s %9s  %-" + codeWidth() + "s %s%n", "layer", "shape", "weights", "code", "why"));
        for (LayerPlan layer : plan.layers()) {
            Layer l = layer.layer();
            String code = layer.unrolled() ? "unrolled"
                    : "loops, " + layer.layout().name().toLowerCase(Locale.ROOT).replace('_', '-')
                            + (options.vectorises(layer) ? ", Vector API" : "");
            String reason = layer.reason().substring(layer.reason().indexOf(':') + 1).trim();
            out.append(String.format(Locale.ROOT, "%-12s %-14s %9d  %-" + codeWidth() + "s %s%n", l.name(), l.fanIn() + " -> " + l.size(),
                    l.weights().size(), code, reason));
        }
        for (ClassSummary c : classes) {
            out.append(String.format(Locale.ROOT, "%nclass %s: %d methods, %d bytes of bytecode, %d constants (of 65535),"
                    + " %d fields%n", c.name(), c.methods().size(), c.totalBytes(), c.constants(), c.fields()));
            out.append(String.format(Locale.ROOT, "%-32s %6s%n", "method", "bytes"));
            for (MethodSize m : c.methods()) {
                out.append(String.format(Locale.ROOT, "%-32s %6d%s%n", m.name(), m.bytes(),
                        m.bytes() > ClassSummary.HUGE_METHOD_LIMIT ? "  over the JIT's limit: runs interpreted" : ""));
            }
        }
        MethodSize largest = largest();
        out.append(String.format(Locale.ROOT, "%nlargest method: %s, %d bytes (HotSpot JIT-compiles methods of up to %d)%n",
                largest.name(), largest.bytes(), ClassSummary.HUGE_METHOD_LIMIT));
        return out.toString();
    }
}
