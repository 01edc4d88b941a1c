package dev.nnc.compiler.check;

import dev.nnc.compiler.ast.NetworkDecl;
import dev.nnc.compiler.ast.NetworkFile;
import dev.nnc.compiler.diag.Code;
import dev.nnc.compiler.diag.Diagnostic;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.model.Network;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The semantic checker: syntax tree to checked {@link Network}, reporting every error at once.
 * A file holds exactly one network.
 */
public final class Checker {
    /** Diagnostics are reported in file order, whichever check found them. */
    private static final Comparator<Diagnostic> BY_POSITION =
            Comparator.comparingInt((Diagnostic d) -> d.span().line()).thenComparingInt(d -> d.span().column());

    /** Codes whose checks involve other statements, any of which may be among those lost to a syntax error. */
    private static final Set<String> NEEDS_WHOLE_FILE = Stream.of(Code.NETWORK_COUNT, Code.MISSING_STATEMENT,
            Code.WEIGHT_COUNT, Code.UNKNOWN_WEIGHTS_LAYER, Code.LAYER_WEIGHT_COUNT, Code.SAMPLE_WIDTH,
            Code.TOO_MANY_WEIGHTS, Code.LABEL_ONE_OUTPUT, Code.BCE_WITHOUT_SIGMOID, Code.CROSS_ENTROPY_WITHOUT_SOFTMAX,
            Code.SOFTMAX_WITHOUT_CROSS_ENTROPY, Code.UNUSED_INIT, Code.SHARED_BIAS_SOFTMAX, Code.SOFTMAX_ONE_NEURON)
            .map(Code::id).collect(Collectors.toSet());

    private Checker() {
    }

    /**
     * What can be said for sure about the statements that parsed cleanly in a file with syntax
     * errors: their own mistakes (an unknown activation, a rate out of range, a bad name, a
     * duplicate), not what depends on statements that were lost (a missing loss, weight counts,
     * sample widths, advice about the output layer).
     */
    public static List<Diagnostic> checkSalvage(NetworkFile salvage, SourceFile source) {
        return check(salvage, source).diagnostics().stream().filter(d -> !NEEDS_WHOLE_FILE.contains(d.code()))
                .collect(Collectors.toList());
    }

    /** Checks {@code file}, parsed from {@code source} (CSV paths are resolved against it). */
    public static Result<Network> check(NetworkFile file, SourceFile source) {
        Problems problems = new Problems();
        if (file.networks().isEmpty()) {
            problems.error(Code.NETWORK_COUNT, file.start(), "this file has no network; it should hold one, written"
                    + " as: network Name { ... }");
            return Result.failed(problems.all());
        }
        for (NetworkDecl extra : file.networks().subList(1, file.networks().size())) {
            problems.error(Code.NETWORK_COUNT, extra.name().span(), "a file holds one network, but '"
                    + extra.name().text() + "' is another one; put it in a file of its own");
        }
        Optional<Network> network = new NetworkChecker(problems, source).check(file.networks().get(0));
        List<Diagnostic> sorted = new ArrayList<>(problems.all());
        sorted.sort(BY_POSITION);
        return network.isPresent() && !problems.hasErrors() ? Result.of(network.get(), sorted) : Result.failed(sorted);
    }
}
