package dev.nnc.compiler.check;

import dev.nnc.compiler.ast.Call;
import dev.nnc.compiler.ast.NumberLit;
import dev.nnc.compiler.ast.ScheduleStatement;
import dev.nnc.compiler.diag.Code;
import dev.nnc.compiler.diag.Suggestions;
import dev.nnc.runtime.Schedule;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Checks {@code schedule step(...) | exponential(...) | cosine(...)}; without one the rate is constant. */
final class ScheduleChecker {
    private static final List<String> KINDS = Arrays.stream(Schedule.Kind.values())
            .filter(k -> k != Schedule.Kind.CONSTANT).map(Schedule.Kind::spelling).toList();
    private static final Map<String, List<String>> SYNONYMS = Map.of(
            "step", List.of("steplr", "step_decay", "staircase", "multistep"),
            "exponential", List.of("exp", "exponentiallr", "exponential_decay", "gamma"),
            "cosine", List.of("cos", "cosineannealing", "cosine_annealing", "cosineannealinglr"));

    private final Problems problems;
    private final Arguments arguments;
    private final Numbers numbers;

    ScheduleChecker(Problems problems, Numbers numbers) {
        this.problems = problems;
        this.numbers = numbers;
        this.arguments = new Arguments(problems, numbers);
    }

    /** The schedule; constant without a statement or when it had errors (then reported). */
    Schedule check(Optional<ScheduleStatement> statement) {
        if (statement.isEmpty()) {
            return Schedule.CONSTANT;
        }
        Call call = statement.get().schedule();
        Schedule.Kind kind = KINDS.contains(call.name().text())
                ? Schedule.Kind.valueOf(call.name().text().toUpperCase(Locale.ROOT)) : null;
        if (kind == null) {
            problems.error(Code.UNKNOWN_SCHEDULE, call.name().span(), "unknown schedule '" + call.name().text() + "'"
                    + Suggestions.hint(call.name().text(), KINDS, SYNONYMS));
            return Schedule.CONSTANT;
        }
        Optional<Map<String, BoundValue>> bound = arguments.bind(call, Signatures.of(kind));
        if (bound.isEmpty()) {
            return Schedule.CONSTANT;
        }
        Map<String, BoundValue> p = bound.get();
        return switch (kind) {
            case STEP -> {
                BoundValue every = p.get("every");
                long k = numbers.whole(new NumberLit(every.text(), every.value(), every.span()),
                        Code.BAD_PARAMETER_VALUE, "every", 1, Integer.MAX_VALUE).orElse(1);
                yield Schedule.step((int) k, factor(p.get("factor")));
            }
            case EXPONENTIAL -> Schedule.exponential(factor(p.get("factor")));
            case COSINE -> {
                BoundValue min = p.get("min_rate");
                if (!(min.value() >= 0)) {
                    problems.error(Code.BAD_PARAMETER_VALUE, min.span(), "min_rate must be 0 or more, not " + min.text());
                }
                yield Schedule.cosine(min.value());
            }
            case CONSTANT -> Schedule.CONSTANT;
        };
    }

    private double factor(BoundValue factor) {
        if (!(factor.value() > 0)) {
            problems.error(Code.BAD_PARAMETER_VALUE, factor.span(), "factor must be greater than 0, not "
                    + factor.text());
        }
        return factor.value();
    }
}
