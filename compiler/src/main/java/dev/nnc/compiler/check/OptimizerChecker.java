package dev.nnc.compiler.check;

import dev.nnc.compiler.ast.Call;
import dev.nnc.compiler.ast.OptimizerStatement;
import dev.nnc.compiler.diag.Code;
import dev.nnc.compiler.diag.Suggestions;
import dev.nnc.runtime.OptimizerKind;
import dev.nnc.runtime.OptimizerSettings;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Checks {@code optimizer KIND(...)}; without one a network trains with {@code sgd(rate = 0.1)}. */
final class OptimizerChecker {
    private static final List<String> KINDS =
            Arrays.stream(OptimizerKind.values()).map(OptimizerKind::spelling).collect(Collectors.toList());

    private final Problems problems;
    private final Arguments arguments;

    OptimizerChecker(Problems problems, Numbers numbers) {
        this.problems = problems;
        this.arguments = new Arguments(problems, numbers);
    }

    /** The settings, or the default when there is no statement or it had errors (then reported). */
    OptimizerSettings check(Optional<OptimizerStatement> statement) {
        OptimizerSettings fallback = OptimizerSettings.sgd(OptimizerSettings.DEFAULT_RATE);
        if (statement.isEmpty()) {
            return fallback;
        }
        Call call = statement.get().optimizer();
        OptimizerKind kind = OptimizerKind.bySpelling(call.name().text());
        if (kind == null) {
            problems.error(Code.UNKNOWN_OPTIMIZER, call.name().span(), "unknown optimizer '" + call.name().text() + "'"
                    + Suggestions.hint(call.name().text(), KINDS, Synonyms.OPTIMIZERS));
            return fallback;
        }
        Optional<Map<String, BoundValue>> bound = arguments.bind(call, Signatures.of(kind));
        if (bound.isEmpty()) {
            return fallback;
        }
        Map<String, BoundValue> p = bound.get();
        positive(p.get("rate"), "the learning rate 'rate'");
        OptimizerSettings settings = OptimizerSettings.defaults(kind).withRate(p.get("rate").value());
        if (kind == OptimizerKind.MOMENTUM) {
            fraction(p.get("beta"), "beta");
            return new OptimizerSettings(kind, settings.rate(), p.get("beta").value(), settings.beta1(),
                    settings.beta2(), settings.eps());
        }
        if (kind == OptimizerKind.ADAM) {
            fraction(p.get("beta1"), "beta1");
            fraction(p.get("beta2"), "beta2");
            positive(p.get("eps"), "eps");
            return new OptimizerSettings(kind, settings.rate(), settings.beta(), p.get("beta1").value(),
                    p.get("beta2").value(), p.get("eps").value());
        }
        return settings;
    }

    private void positive(BoundValue value, String what) {
        if (!(value.value() > 0)) {
            problems.error(Code.BAD_PARAMETER_VALUE, value.span(), what + " must be greater than 0, not " + value.text());
        }
    }

    private void fraction(BoundValue value, String what) {
        if (!(value.value() >= 0 && value.value() < 1)) {
            problems.error(Code.BAD_PARAMETER_VALUE, value.span(), what + " must be at least 0 and less than 1, not "
                    + value.text());
        }
    }
}
