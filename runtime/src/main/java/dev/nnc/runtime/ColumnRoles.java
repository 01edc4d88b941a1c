package dev.nnc.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What each column of a CSV data file holds, chosen by {@link CsvColumns}: {@code roles[c]} is the
 * place of column c among the numbers (inputs first, then targets), or {@link #IGNORED} or
 * {@link #LABEL}. Every row has {@code width} columns.
 */
record ColumnRoles(int width, int[] roles, int labelColumn) {
    static final int IGNORED = -1;
    static final int LABEL = -2;
    /** A column past the width: reported, its number read for its own problems only. */
    static final int EXTRA = -3;

    /** The number of columns a row has: inputs, the label or the targets, and the ignored ones. */
    static int width(CsvColumns columns, int inputs, int outputs) {
        return inputs + (columns.label() ? 1 : outputs) + columns.ignored().size();
    }

    /**
     * Why the columns cannot be chosen in a file whose first row (at {@code line}) is {@code header}
     * (empty when it is data): a named column it does not have, or no header row to name them.
     */
    static Optional<DataProblem> problem(CsvColumns columns, int inputs, int outputs, int line, List<CsvCell> header) {
        if (!columns.namesColumns()) {
            return Optional.empty();
        }
        if (header.isEmpty()) {
            return Optional.of(new DataProblem(line, 1, describe(columns) + " names columns by the header row, but"
                    + " the first row of this file is data; add a first row naming the columns",
                    DataProblem.Kind.COLUMN));
        }
        List<String> names = header.stream().map(CsvReader::unquote).toList();
        List<String> wanted = new ArrayList<>(columns.ignored());
        columns.labelColumn().ifPresent(wanted::add);
        for (String name : wanted) {
            if (!names.contains(name)) {
                return Optional.of(new DataProblem(line, 1, "the header row has no column '" + name + "'"
                        + closest(name, names).map(c -> " (did you mean '" + c + "'?)").orElse("") + "; its columns: "
                        + ClassLabels.list(names), DataProblem.Kind.COLUMN));
            }
        }
        int width = width(columns, inputs, outputs);
        if (header.size() != width) {
            return Optional.of(new DataProblem(line, 1, "the header row has " + header.size() + " columns, expected "
                    + width + ": " + inputs + (inputs == 1 ? " input, " : " inputs, ")
                    + (columns.label() ? "the label" : outputs + (outputs == 1 ? " target" : " targets")) + " and "
                    + columns.ignored().size() + " ignored", DataProblem.Kind.COLUMN));
        }
        return Optional.empty();
    }

    /** The roles of the columns; {@code header} names them when {@code columns} chooses columns by name. */
    static ColumnRoles of(CsvColumns columns, int inputs, int outputs, List<CsvCell> header) {
        int width = width(columns, inputs, outputs);
        int[] roles = new int[width];
        List<String> names = header.stream().map(CsvReader::unquote).toList();
        int label = -1;
        if (columns.namesColumns()) {
            for (String ignored : columns.ignored()) {
                roles[names.indexOf(ignored)] = IGNORED;
            }
            if (columns.labelColumn().isPresent()) {
                label = names.indexOf(columns.labelColumn().get());
            }
        }
        if (columns.label() && label < 0) {
            label = width - 1;
            while (roles[label] == IGNORED) {
                label--;
            }
        }
        if (label >= 0) {
            roles[label] = LABEL;
        }
        int next = 0;
        for (int c = 0; c < width; c++) {
            if (roles[c] == 0 && c != label) {
                roles[c] = next++;
            }
        }
        return new ColumnRoles(width, roles, label);
    }

    private static String describe(CsvColumns columns) {
        List<String> parts = new ArrayList<>();
        columns.labelColumn().ifPresent(l -> parts.add("label = \"" + l + "\""));
        if (!columns.ignored().isEmpty()) {
            parts.add("ignore = " + (columns.ignored().size() == 1 ? "\"" + columns.ignored().get(0) + "\""
                    : "[\"" + String.join("\", \"", columns.ignored()) + "\"]"));
        }
        return String.join(" with ", parts);
    }

    /** The name {@code name} is likely a misspelling of: the same but for case, or at most two edits away. */
    static Optional<String> closest(String name, List<String> names) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : names) {
            int distance = candidate.equalsIgnoreCase(name) ? 0
                    : distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance && distance <= Math.min(2, Math.max(1, candidate.length() / 3))) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2 || a.length() > 200 || b.length() > 200) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
