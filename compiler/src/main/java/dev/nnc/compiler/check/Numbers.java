package dev.nnc.compiler.check;

import dev.nnc.compiler.ast.NumberLit;
import dev.nnc.compiler.diag.Code;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** Reads number literals, reporting overflow and values that must be whole numbers in a range. */
final class Numbers {
    private final Problems problems;

    Numbers(Problems problems) {
        this.problems = problems;
    }

    /**
     * The literal's value, or empty (reported) when it overflows to infinity. A literal too small
     * for a double is read as 0, with a warning.
     */
    OptionalDouble finite(NumberLit number) {
        if (Double.isInfinite(number.value())) {
            problems.error(Code.NUMBER_TOO_LARGE, number.span(),
                    "the number " + number.text() + " is too large (the largest is about 1.8e308)");
            return OptionalDouble.empty();
        }
        if (number.value() == 0 && hasNonZeroDigit(number.text())) {
            problems.warning(Code.NUMBER_UNDERFLOW, number.span(), "the number " + number.text() + " is too small"
                    + " for a double (the smallest is about 4.9e-324) and is read as 0");
        }
        return OptionalDouble.of(number.value());
    }

    /** Whether the digits before the exponent are not all zero. */
    private static boolean hasNonZeroDigit(String text) {
        int exponent = Math.max(text.indexOf('e'), text.indexOf('E'));
        String mantissa = exponent < 0 ? text : text.substring(0, exponent);
        return mantissa.chars().anyMatch(c -> c >= '1' && c <= '9');
    }

    /** Every literal's value, or empty when one of them overflows (each is reported). */
    Optional<List<Double>> finite(List<NumberLit> literals) {
        List<Double> values = new ArrayList<>();
        boolean ok = true;
        for (NumberLit literal : literals) {
            OptionalDouble value = finite(literal);
            ok &= value.isPresent();
            value.ifPresent(values::add);
        }
        return ok ? Optional.of(values) : Optional.empty();
    }

    /**
     * The literal as a whole number in {@code [min, max]}, or empty after reporting
     * "{@code what} must be ...".
     */
    OptionalLong whole(NumberLit number, Code code, String what, long min, long max) {
        if (finite(number).isEmpty()) {
            return OptionalLong.empty();
        }
        double value = number.value();
        if (value != Math.rint(value)) {
            problems.error(code, number.span(), what + " must be a whole number, not " + number.text());
            return OptionalLong.empty();
        }
        BigInteger exact = exact(number);
        if (exact.compareTo(BigInteger.valueOf(min)) < 0) {
            problems.error(code, number.span(), what + " must be at least " + min + ", not " + number.text());
            return OptionalLong.empty();
        }
        if (exact.compareTo(BigInteger.valueOf(max)) > 0) {
            problems.error(code, number.span(), what + " must be at most " + max + ", not " + number.text());
            return OptionalLong.empty();
        }
        return OptionalLong.of(exact.longValue());
    }

    /** Plain digits are read exactly (seeds beyond 2^53); anything with a point or exponent via its double. */
    private static BigInteger exact(NumberLit number) {
        String text = number.text();
        boolean plain = text.chars().allMatch(c -> Character.isDigit(c) || c == '+' || c == '-');
        return plain ? new BigInteger(text) : BigDecimal.valueOf(number.value()).toBigInteger();
    }
}
