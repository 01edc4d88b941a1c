package dev.nnc.compiler.parse;

import dev.nnc.grammar.NnParser;
import dev.nnc.runtime.Activation;
import java.util.Arrays;
import java.util.List;
import org.antlr.v4.runtime.RuleContext;

/** What a bare word stands for at a place in the grammar, for "expected an activation (...)". */
final class Vocabulary {
    private Vocabulary() {
    }

    /** Every activation's spelling, {@code leaky_relu(a)} with its parameter: "linear, ... or softmax". */
    private static String activations() {
        List<String> words = Arrays.stream(Activation.values())
                .map(a -> a.spelling() + (a.parameterised() ? "(a)" : "")).toList();
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    static String word(RuleContext context) {
        if (context instanceof NnParser.CallContext call && call.LPAREN() != null) {
            return "a parameter name";
        }
        RuleContext place = context instanceof NnParser.CallContext ? context.parent : context;
        if (place instanceof NnParser.LayerStatementContext) {
            return "an activation (" + activations() + ")";
        }
        if (place instanceof NnParser.OptimizerStatementContext) {
            return "an optimizer (sgd, momentum, adam or rprop)";
        }
        if (place instanceof NnParser.ScheduleStatementContext) {
            return "a schedule (step(every = k, factor = f), exponential(factor = f) or cosine(min_rate = m))";
        }
        if (place instanceof NnParser.WeightsInitStatementContext) {
            return "an initialiser (uniform(a, b), normal(mean, std), xavier or he)";
        }
        if (place instanceof NnParser.LossStatementContext) {
            return "a loss (half_sse, sse, mse, bce or cross_entropy)";
        }
        if (place instanceof NnParser.PrecisionStatementContext) {
            return "a precision (double or float)";
        }
        if (place instanceof NnParser.ArgumentContext) {
            return "a parameter name";
        }
        return "a name";
    }
}
