package dev.nnc.compiler.data;

import dev.nnc.compiler.diag.Code;
import dev.nnc.compiler.diag.Diagnostic;
import dev.nnc.compiler.diag.Suggestions;
import dev.nnc.compiler.model.ColumnName;
import dev.nnc.compiler.model.CsvSource;
import dev.nnc.runtime.CsvReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The columns a {@code .nn} file names ({@code label = "species"}, {@code ignore = "id"}) against
 * the CSV file's header row, reported where the {@code .nn} file names them (E062): a name the
 * header does not have, with the closest one, or a file whose first row is data.
 */
final class ColumnCheck {
    private ColumnCheck() {
    }

    /** As {@link #problems}, nothing when the file cannot be read (reading it reports that). */
    static List<Diagnostic> problemsIfReadable(CsvSource csv) {
        try {
            return problems(csv);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Every named column of {@code csv} that its file does not have; none when it names no column. */
    static List<Diagnostic> problems(CsvSource csv) throws IOException {
        List<ColumnName> named = new ArrayList<>();
        csv.labelColumn().ifPresent(named::add);
        named.addAll(csv.ignored());
        if (named.isEmpty()) {
            return List.of();
        }
        Optional<List<String>> header = CsvReader.header(csv.path());
        List<Diagnostic> problems = new ArrayList<>();
        if (header.isEmpty()) {
            problems.add(Diagnostic.error(Code.UNKNOWN_COLUMN.id(), named.get(0).span(), "data file '" + csv.written()
                    + "' has no header row naming its columns (its first row is data), so '" + named.get(0).name()
                    + "' names no column; add a first row of column names"));
            return problems;
        }
        String columns = "the columns of '" + csv.written() + "' are " + String.join(", ", header.get().stream()
                .limit(40).map(n -> "'" + n + "'").toList()) + (header.get().size() > 40 ? " and "
                + (header.get().size() - 40) + " more" : "");
        for (ColumnName name : named) {
            if (!header.get().contains(name.name())) {
                String hint = Suggestions.closest(name.name(), header.get()).map(c -> " (did you mean '" + c + "'?)")
                        .orElse("");
                problems.add(Diagnostic.error(Code.UNKNOWN_COLUMN.id(), name.span(), "data file '" + csv.written()
                        + "' has no column '" + name.name() + "'" + hint).withNote(columns));
            }
        }
        return problems;
    }
}
