package dev.nnc.compiler.ast;

import dev.nnc.compiler.diag.Span;
import java.util.List;

/** A parsed {@code .nn} file: its networks (the checker wants exactly one) and where it starts. */
public record NetworkFile(List<NetworkDecl> networks, Span start) {
    public NetworkFile {
        networks = List.copyOf(networks);
    }
}
