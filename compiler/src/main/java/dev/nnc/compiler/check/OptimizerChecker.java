package dev.nnc.compiler.check;

import dev.nnc.compiler.ast.Call;
import dev.nnc.compiler.ast.OptimizerStatement;
import dev.nnc.compiler.diag.Code;
import dev.nnc.compiler.diag.Suggestions;
import dev.nnc.runtime.OptimizerKind;
import dev.nnc.runtime.OptimizerSettings;
import dev.nnc.runtime.RpropSettings;
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
        BoundValue decay = p.get("weight_decay");
        if (!(decay.value() >= 0)) {
            problems.error(Code.BAD_PARAMETER_VALUE, decay.span(), "weight_decay must be 0 or more, not " + decay.text());
        }
        OptimizerSettings settings = OptimizerSettings.defaults(kind).withWeightDecay(decay.value());
        return switch (kind) {
            case SGD -> settings.withRate(rate(p));
            case MOMENTUM -> {
                fraction(p.get("beta"), "beta");
                yield new OptimizerSettings(kind, rate(p), p.get("beta").value(), settings.beta1(), settings.beta2(),
                        settings.eps(), settings.weightDecay(), settings.rprop());
            }
            case ADAM -> {
                fraction(p.get("beta1"), "beta1");
                fraction(p.get("beta2"), "beta2");
                positive(p.get("eps"), "eps");
                yield new OptimizerSettings(kind, rate(p), settings.beta(), p.get("beta1").value(),
                        p.get("beta2").value(), p.get("eps").value(), settings.weightDecay(), settings.rprop());
            }
            case RPROP -> settings.withRprop(rprop(p));
        };
    }

    private double rate(Map<String, BoundValue> p) {
        positive(p.get("rate"), "the learning rate 'rate'");
        return p.get("rate").value();
    }

    private RpropSettings rprop(Map<String, BoundValue> p) {
        positive(p.get("delta0"), "delta0");
        positive(p.get("delta_min"), "delta_min");
        BoundValue max = p.get("delta_max");
        if (!(max.value() >= p.get("delta_min").value())) {
            problems.error(Code.BAD_PARAMETER_VALUE, max.span(), "delta_max must be at least delta_min ("
                    + p.get("delta_min").text() + "), not " + max.text());
        }
        BoundValue plus = p.get("eta_plus");
        if (!(plus.value() > 1)) {
            problems.error(Code.BAD_PARAMETER_VALUE, plus.span(), "eta_plus must be greater than 1, not " + plus.text());
        }
        BoundValue minus = p.get("eta_minus");
        if (!(minus.value() > 0 && minus.value() < 1)) {
            problems.error(Code.BAD_PARAMETER_VALUE, minus.span(), "eta_minus must be between 0 and 1, not "
                    + minus.text());
        }
        return new RpropSettings(p.get("delta0").value(), p.get("delta_min").value(), max.value(), plus.value(),
                minus.value());
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
