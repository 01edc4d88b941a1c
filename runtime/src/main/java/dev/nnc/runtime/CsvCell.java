package dev.nnc.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** One comma-separated cell of a CSV line: its text without surrounding whitespace, and where it starts. */
record CsvCell(String text, int column) {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final Pattern NON_FINITE = Pattern.compile("[+-]?(?:nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

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
        return DECIMAL.matcher(text).matches() || NON_FINITE.matcher(text).matches();
    }

    /** The finite value of this cell, or null after adding a problem at {@code line} to {@code problems}. */
    Double parse(int line, List<DataProblem> problems) {
        if (NON_FINITE.matcher(text).matches()) {
            problems.add(new DataProblem(line, column, "expected a finite number but found " + quoted()));
            return null;
        }
        if (!DECIMAL.matcher(text).matches()) {
            String message = text.isEmpty() ? "empty cell, expected a number"
                    : "expected a number but found " + quoted()
                    + (isQuotedNumber() ? "; write numbers without quotes" : "");
            problems.add(new DataProblem(line, column, message));
            return null;
        }
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            problems.add(new DataProblem(line, column, "number " + quoted() + " is out of range"));
            return null;
        }
        return value;
    }
}
