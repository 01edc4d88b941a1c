package dev.nnc.compiler;

import dev.nnc.compiler.ast.NetworkFile;
import dev.nnc.compiler.check.Checker;
import dev.nnc.compiler.data.DataLoader;
import dev.nnc.compiler.diag.Diagnostic;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.model.Network;
import dev.nnc.compiler.parse.SourceParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The front end: {@code .nn} text to a checked {@link Network}. Parse, check, then read the CSV
 * files the network names; each phase runs fully only when the one before found no error (after
 * syntax errors, the statements that parsed are still checked on their own).
 */
public final class Frontend {
    private static final Comparator<Diagnostic> IN_FILE_ORDER =
            Comparator.comparingInt((Diagnostic d) -> d.span().line()).thenComparingInt(d -> d.span().column());

    private Frontend() {
    }

    /**
     * Parses and checks {@code file} and its data files; the network is absent when there is any
     * error. Diagnostics come in file order, the {@code .nn} file's first.
     */
    public static Result<Network> analyze(SourceFile file) {
        SourceParser.Parse parse = SourceParser.parseAndSalvage(file);
        Result<NetworkFile> parsed = parse.result();
        if (parsed.hasErrors()) {
            // Syntax errors first, then what the checker can say about the statements that parsed.
            List<Diagnostic> all = new ArrayList<>(parsed.diagnostics());
            parse.salvage().ifPresent(salvage -> all.addAll(Checker.checkSalvage(salvage, file)));
            all.sort(IN_FILE_ORDER);
            return Result.failed(all);
        }
        return analyze(parsed.value().orElseThrow(), file).plus(parsed.diagnostics());
    }

    /**
     * Checks a parsed (and perhaps changed: a sweep's combination) {@code .nn} file and reads its data
     * files; the network is absent when there is any error.
     */
    public static Result<Network> analyze(NetworkFile parsed, SourceFile file) {
        Result<Network> checked = Checker.check(parsed, file);
        if (checked.hasErrors()) {
            return checked;
        }
        Network network = checked.value().orElseThrow();
        List<Diagnostic> all = new ArrayList<>(checked.diagnostics());
        Result<Network> read = DataLoader.verify(network, file);
        all.addAll(read.diagnostics());
        return Result.of(read.value().orElse(network), all);
    }

    /**
     * Reads a {@code .nn} file with {@link SourceReader}, reported under {@code path} as given.
     *
     * @throws IOException with the rendered E040 or E041 when it cannot be read
     */
    public static SourceFile read(Path path) throws IOException {
        Result<SourceFile> read = SourceReader.read(path);
        if (read.hasErrors()) {
            throw new IOException(read.diagnostics().get(0).render().strip());
        }
        return read.value().orElseThrow();
    }
}
