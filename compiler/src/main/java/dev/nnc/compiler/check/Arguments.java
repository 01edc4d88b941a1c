package dev.nnc.compiler.check;

import dev.nnc.compiler.ast.Argument;
import dev.nnc.compiler.ast.Call;
import dev.nnc.compiler.ast.Name;
import dev.nnc.compiler.diag.Code;
import dev.nnc.compiler.diag.Suggestions;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Matches a call's arguments to a {@link Signature}: unnamed values first, in parameter order, then
 * named ones; defaults fill the rest.
 */
final class Arguments {
    private final Problems problems;
    private final Numbers numbers;

    Arguments(Problems problems, Numbers numbers) {
        this.problems = problems;
        this.numbers = numbers;
    }

    /** Every parameter's value, or empty when something was reported. */
    Optional<Map<String, BoundValue>> bind(Call call, Signature signature) {
        if (signature.params().isEmpty() && !call.arguments().isEmpty()) {
            problems.error(Code.EXTRA_PARAMETER, call.arguments().get(0).span(),
                    "'" + signature.name() + "' takes no parameters");
            return Optional.empty();
        }
        Map<String, BoundValue> bound = new LinkedHashMap<>();
        Set<String> given = new HashSet<>();
        boolean ok = true;
        boolean named = false;
        int position = 0;
        for (Argument argument : call.arguments()) {
            String param;
            if (argument.name().isPresent()) {
                named = true;
                param = known(argument.name().get(), signature);
            } else if (named) {
                param = reject(argument, "a value without a name cannot follow named ones; write it as NAME = "
                        + argument.value().text() + " (" + String.join(", ", signature.paramNames()) + ")");
            } else if (position >= signature.params().size()) {
                param = reject(argument, "'" + signature.name() + "' takes at most "
                        + Plural.of(signature.params().size(), "value") + " ("
                        + String.join(", ", signature.paramNames()) + "); this one is too many");
            } else {
                param = signature.params().get(position++).name();
            }
            if (param != null && !given.add(param)) {
                param = reject(argument, "'" + param + "' is given twice");
            }
            OptionalDouble value = numbers.finite(argument.value());
            if (param == null || value.isEmpty()) {
                ok = false;
                continue;
            }
            bound.put(param, new BoundValue(value.getAsDouble(), argument.value().text(), argument.value().span()));
        }
        // After a rejected argument a "missing" parameter is most likely that argument misspelt.
        return ok && fillDefaults(call, signature, given, bound) ? Optional.of(bound) : Optional.empty();
    }

    private String known(Name name, Signature signature) {
        if (signature.has(name.text())) {
            return name.text();
        }
        problems.error(Code.UNKNOWN_PARAMETER, name.span(), "'" + signature.name() + "' has no parameter '"
                + name.text() + "'" + Suggestions.hint(name.text(), signature.paramNames(), Synonyms.PARAMETERS));
        return null;
    }

    private String reject(Argument argument, String message) {
        problems.error(Code.EXTRA_PARAMETER, argument.span(), message);
        return null;
    }

    private boolean fillDefaults(Call call, Signature signature, Set<String> given, Map<String, BoundValue> bound) {
        boolean ok = true;
        for (Param param : signature.params()) {
            if (given.contains(param.name())) {
                continue;
            }
            if (param.defaultValue().isPresent()) {
                double value = param.defaultValue().getAsDouble();
                bound.put(param.name(), new BoundValue(value, Double.toString(value), call.name().span()));
            } else {
                problems.error(Code.MISSING_PARAMETER, call.name().span(), "'" + signature.name()
                        + "' needs a value for '" + param.name() + "' (" + param.meaning() + "), as in "
                        + signature.example());
                ok = false;
            }
        }
        return ok;
    }
}
