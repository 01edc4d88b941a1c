package dev.nnc.compiler.ast;

import dev.nnc.compiler.diag.Span;
import java.util.List;

/**
 * A word with optional arguments: an activation ({@code leaky_relu(0.01)}), an optimizer
 * ({@code adam(rate = 0.01)}) or an initialiser ({@code uniform(-1, 1)}). {@code parenthesized}
 * tells {@code sgd} from {@code sgd()}.
 */
public record Call(Name name, List<Argument> arguments, boolean parenthesized, Span span) {
    public Call {
        arguments = List.copyOf(arguments);
    }
}
