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

/**
 * The semantic checker: syntax tree to checked {@link Network}, reporting every error at once.
 * A file holds exactly one network.
 */
public final class Checker {
    /** Diagnostics are reported in file order, whichever check found them. */
    private static final Comparator<Diagnostic> BY_POSITION =
            Comparator.comparingInt((Diagnostic d) -> d.span().line()).thenComparingInt(d -> d.span().column());

    private Checker() {
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
