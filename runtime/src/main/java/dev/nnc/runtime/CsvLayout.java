package dev.nnc.runtime;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Rows written for another CSV dialect: numbers separated by ';', tabs, '|' or spaces (with decimal
 * commas, as spreadsheets in many countries write them), or numbers in double quotes. Such a row
 * would otherwise be a header (no cell is a number) or one cell too few; the problem says what the
 * row looks like and what nnc reads instead.
 */
final class CsvLayout {
    private static final List<String> SEPARATORS = List.of(";", "\t", "|");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private CsvLayout() {
    }

    /** Whether {@code row} is meant as data though it is not comma-separated numbers. */
    static boolean looksLikeData(String row) {
        List<CsvCell> cells = CsvCell.split(row);
        return separator(row, cells).isPresent() || cells.stream().anyMatch(CsvCell::isQuotedNumber);
    }

    /**
     * The problem with {@code row} (at {@code line}, split at commas into {@code cells}) when its
     * numbers are separated by something other than ',': at the first separator, naming it.
     */
    static Optional<DataProblem> problem(int line, String row, List<CsvCell> cells) {
        return separator(row, cells).map(separator -> {
            int column = separator.equals(" ") ? firstGap(row) : row.indexOf(separator) + 1;
            boolean decimalCommas = row.indexOf(',') >= 0;
            return new DataProblem(line, column, "expected numbers separated by ',' but this row separates them with "
                    + name(separator) + (decimalCommas ? " and writes decimal commas" : "")
                    + "; nnc reads comma-separated values" + (decimalCommas ? " with decimal points (5.1,3.5)" : ""));
        });
    }

    /** The separator that splits {@code row} into two or more numbers, when ',' does not. */
    private static Optional<String> separator(String row, List<CsvCell> cells) {
        if (cells.stream().allMatch(CsvCell::looksNumeric)) {
            return Optional.empty();
        }
        for (String separator : SEPARATORS) {
            if (row.contains(separator) && numbers(row.strip().split(Pattern.quote(separator), -1))) {
                return Optional.of(separator);
            }
        }
        String stripped = row.strip();
        boolean gaps = stripped.chars().anyMatch(Character::isWhitespace);
        return gaps && numbers(SPACES.split(stripped)) ? Optional.of(" ") : Optional.empty();
    }

    private static boolean numbers(String[] parts) {
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (!new CsvCell(part.strip().replace(',', '.'), 1).looksNumeric()) {
                return false;
            }
        }
        return true;
    }

    private static int firstGap(String row) {
        int start = row.length() - row.stripLeading().length();
        int column = start;
        while (column < row.length() && !Character.isWhitespace(row.charAt(column))) {
            column++;
        }
        return column + 1;
    }

    private static String name(String separator) {
        return switch (separator) {
            case "\t" -> "tabs";
            case " " -> "spaces";
            default -> "'" + separator + "'";
        };
    }
}
