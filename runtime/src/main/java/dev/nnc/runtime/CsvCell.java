package dev.nnc.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** One comma-separated cell of a CSV line: its text without surrounding whitespace, and where it starts. */
record CsvCell(String text, int column) {
    /** What {@link #isNonFinite} accepts after an optional sign, in lower case. */
    private static final Set<String> NON_FINITE = Set.of("nan", "inf", "infinity");

    /**
     * The cells of {@code line}, each with the 1-based column of its first non-blank character (of its
     * start, when it is blank).
     */
    static List<CsvCell> split(String line) {
        List<CsvCell> cells = new ArrayList<>();
        int start = 0;
        while (true) {
            int comma = line.indexOf(',', start);
            int end = comma < 0 ? line.length() : comma;
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(line.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
                to--;
            }
            cells.add(new CsvCell(line.substring(from, to), from + 1));
            if (comma < 0) {
                return cells;
            }
            start = comma + 1;
        }
    }

    /** The text in single quotes, cut to its first characters when long (a 200 MB cell is not repeated whole). */
    String quoted() {
        return MessageText.quoted(text);
    }

    /** Whether the text is a number in double quotes, as some spreadsheets write every cell: "5.1". */
    boolean isQuotedNumber() {
        return text.length() > 2 && text.startsWith("\"") && text.endsWith("\"")
                && new CsvCell(text.substring(1, text.length() - 1).strip(), column).looksNumeric();
    }

    /** Whether the text is a decimal number, or a spelling of NaN or infinity. */
    boolean looksNumeric() {
        return isDecimal(text) || isNonFinite(text);
    }

    /**
     * The finite value of this cell, or NaN (never a cell's value: non-finite numbers are refused)
     * after adding a problem at {@code line} to {@code problems}.
     */
    double parse(int line, List<DataProblem> problems) {
        double value = number(text, 0, text.length());
        if (Double.isFinite(value)) {
            return value;
        }
        if (!Double.isNaN(value)) {
            problems.add(new DataProblem(line, column, "number " + quoted() + " is out of range"));
        } else if (isNonFinite(text)) {
            problems.add(new DataProblem(line, column, "expected a finite number but found " + quoted()));
        } else {
            String message = text.isEmpty() ? "empty cell, expected a number"
                    : "expected a number but found " + quoted()
                    + (isQuotedNumber() ? "; write numbers without quotes" : "");
            problems.add(new DataProblem(line, column, message));
        }
        return Double.NaN;
    }

    /**
     * Whether {@code s} is a decimal number as CSV files write them, {@code [+-]?(d+(.d*)?|.d+)([eE][+-]?d+)?}
     * with ASCII digits (scanned by hand by {@link #number}, as every cell of a large file is).
     */
    static boolean isDecimal(String s) {
        return !Double.isNaN(number(s, 0, s.length()));
    }

    /** Powers of ten that doubles hold exactly: 10^0 .. 10^22. */
    private static final double[] EXACT_POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /**
     * The value of {@code s.substring(from, to)} when it is a decimal number ({@link #isDecimal}),
     * exactly {@link Double#parseDouble}'s (infinite when out of range); else NaN. One pass over the
     * characters, no allocation for the numbers data files hold: when the digits, read as one integer
     * m, are at most 2^53 and the decimal exponent e is at most 22 in size, m and 10^e are exact doubles and one multiplication or
     * division rounds m * 10^e correctly, as parseDouble does (Clinger's fast path); other numbers go
     * to parseDouble.
     */
    static double number(String s, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int exponent = 0;
        int wholeDigits = 0;
        int fractionDigits = 0;
        boolean fraction = false;
        for (; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (fraction) {
                    fractionDigits++;
                    exponent--;
                } else {
                    wholeDigits++;
                }
                if (mantissa != 0 || c != '0') { // a leading zero adds no digit
                    digits++;
                    mantissa = digits <= 18 ? 10 * mantissa + (c - '0') : mantissa;
                }
            } else if (c == '.' && !fraction) {
                fraction = true;
            } else {
                break;
            }
        }
        if (wholeDigits == 0 && fractionDigits == 0) {
            return Double.NaN;
        }
        if (i < to) {
            if (s.charAt(i) != 'e' && s.charAt(i) != 'E') {
                return Double.NaN;
            }
            i++;
            boolean negativeExponent = i < to && s.charAt(i) == '-';
            if (i < to && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            if (i == to) {
                return Double.NaN;
            }
            int written = 0;
            for (; i < to; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return Double.NaN;
                }
                written = Math.min(10 * written + (c - '0'), 100_000);
            }
            exponent += negativeExponent ? -written : written;
        }
        if (mantissa != 0 && (digits > 18 || mantissa > 1L << 53 || exponent < -22 || exponent > 22)) {
            return Double.parseDouble(s.substring(from, to));
        }
        double value = mantissa == 0 ? 0.0 : exponent >= 0 ? mantissa * EXACT_POWERS_OF_TEN[exponent]
                : mantissa / EXACT_POWERS_OF_TEN[-exponent];
        return negative ? -value : value;
    }

    /** Whether {@code s} spells NaN or infinity, in any case, with an optional sign. */
    static boolean isNonFinite(String s) {
        String unsigned = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        return unsigned.length() <= 8 && NON_FINITE.contains(unsigned.toLowerCase(Locale.ROOT));
    }
}
