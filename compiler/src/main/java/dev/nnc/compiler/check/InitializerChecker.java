package dev.nnc.compiler.check;

import dev.nnc.compiler.ast.Call;
import dev.nnc.compiler.ast.WeightsInitStatement;
import dev.nnc.compiler.diag.Code;
import dev.nnc.compiler.diag.Suggestions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** Checks {@code weights init SCHEME [seed = S]}. */
final class InitializerChecker {
    private static final List<String> SCHEMES =
            Arrays.stream(InitScheme.values()).map(InitScheme::spelling).collect(Collectors.toList());

    private final Problems problems;
    private final Numbers numbers;
    private final Arguments arguments;

    InitializerChecker(Problems problems, Numbers numbers) {
        this.problems = problems;
        this.numbers = numbers;
        this.arguments = new Arguments(problems, numbers);
    }

    /** The initialiser, or empty when something was reported. */
    Optional<Initializer> check(WeightsInitStatement statement) {
        OptionalLong seed = statement.seed().isPresent()
                ? numbers.whole(statement.seed().get(), Code.BAD_SEED, "the seed", Long.MIN_VALUE, Long.MAX_VALUE)
                : OptionalLong.of(0L);
        Call call = statement.scheme();
        InitScheme scheme = InitScheme.bySpelling(call.name().text());
        if (scheme == null) {
            problems.error(Code.UNKNOWN_INITIALIZER, call.name().span(), "unknown initialiser '" + call.name().text()
                    + "'" + Suggestions.hint(call.name().text(), SCHEMES, Synonyms.INITIALIZERS));
            return Optional.empty();
        }
        Optional<Map<String, BoundValue>> bound = arguments.bind(call, Signatures.of(scheme));
        if (bound.isEmpty() || seed.isEmpty() || !inRange(scheme, bound.get(), call)) {
            return Optional.empty();
        }
        double p = 0.0;
        double q = 0.0;
        if (scheme == InitScheme.UNIFORM) {
            p = bound.get().get("a").value();
            q = bound.get().get("b").value();
        } else if (scheme == InitScheme.NORMAL) {
            p = bound.get().get("mean").value();
            q = bound.get().get("std").value();
        }
        return Optional.of(new Initializer(scheme, p, q, seed.getAsLong()));
    }

    private boolean inRange(InitScheme scheme, Map<String, BoundValue> bound, Call call) {
        if (scheme == InitScheme.UNIFORM && bound.get("a").value() > bound.get("b").value()) {
            problems.error(Code.BAD_PARAMETER_VALUE, call.span(), "uniform(a, b) needs a <= b, but a is "
                    + bound.get("a").text() + " and b is " + bound.get("b").text());
            return false;
        }
        if (scheme == InitScheme.NORMAL && bound.get("std").value() < 0) {
            BoundValue std = bound.get("std");
            problems.error(Code.BAD_PARAMETER_VALUE, std.span(), "the standard deviation must not be negative, not "
                    + std.text());
            return false;
        }
        return true;
    }
}
