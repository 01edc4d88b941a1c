package dev.nnc.compiler.fuzz;

import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.Frontend;
import dev.nnc.compiler.NncCompiler;
import dev.nnc.compiler.diag.Code;
import dev.nnc.compiler.diag.Diagnostic;
import dev.nnc.compiler.diag.LineExcerpt;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.diag.Span;
import dev.nnc.compiler.model.Layer;
import dev.nnc.compiler.model.Network;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What must hold for any input whatever: the compiler answers with a network or with errors, never
 * an exception; every diagnostic has a known code and a 1-based position inside its file, and
 * renders as FILE:LINE:COLUMN with its line and a caret; a network that checks also goes through
 * the back end (graph, derivative, Java source) when it is small enough to do so quickly.
 */
final class Invariants {
    /** Networks up to this many weights are compiled to Java too; larger ones take too long to fuzz. */
    static final long MAX_WEIGHTS_TO_EMIT = 5_000;

    private static final Set<String> CODES = Arrays.stream(Code.values()).map(Code::id).collect(Collectors.toSet());

    private Invariants() {
    }

    /** Runs the compiler on {@code source}; returns a label of the outcome, for statistics. */
    static String check(SourceFile source) {
        return check(source, true);
    }

    /** As {@link #check(SourceFile)}; without {@code emit}, a network that checks is not compiled further. */
    static String check(SourceFile source, boolean emit) {
        Result<Network> analyzed = Frontend.analyze(source);
        List<Diagnostic> diagnostics = analyzed.diagnostics();
        boolean errors = diagnostics.stream().anyMatch(Diagnostic::isError);
        require(errors == analyzed.value().isEmpty(), "a network exactly when there is no error: " + diagnostics);
        for (Diagnostic d : diagnostics) {
            valid(d, source);
        }
        if (errors) {
            return "error " + diagnostics.stream().filter(Diagnostic::isError).findFirst().orElseThrow().code();
        }
        Network network = analyzed.value().orElseThrow();
        if (!emit) {
            return "checked";
        }
        long weights = network.layers().stream().mapToLong(l -> (long) l.size() * l.fanIn()).sum();
        if (weights > MAX_WEIGHTS_TO_EMIT || network.layers().stream().mapToInt(Layer::size).sum() > 2_000) {
            return "checked, too large to emit";
        }
        Result<CompiledNetwork> compiled = NncCompiler.compile(source, "fuzz");
        require(!compiled.hasErrors(), "the compiler fails on a network the front end accepts: "
                + compiled.diagnostics());
        String java = compiled.value().orElseThrow().javaFile().toString();
        require(java.contains("class " + network.name() + " implements"), "no class in the generated source");
        return diagnostics.isEmpty() ? "compiled" : "compiled with warning " + diagnostics.get(0).code();
    }

    private static void valid(Diagnostic d, SourceFile source) {
        require(CODES.contains(d.code()), "unknown code " + d.code());
        require(!d.message().isBlank(), "empty message");
        Span span = d.span();
        List<String> lines = span.file().equals(source.displayName()) ? source.lines() : csvLines(span, source);
        require(span.line() >= 1 && span.line() <= Math.max(1, lines.size()), "line out of the file: " + d);
        require(span.column() >= 1, "column before the line: " + d);
        String line = span.line() <= lines.size() ? lines.get(span.line() - 1) : "";
        require(span.column() <= line.length() + 1, "column past the end of its line: " + d + " in '" + line + "'");
        require(span.lineText().equals(line), "the caret line is not the file's line: " + d);
        String rendered = d.render();
        require(rendered.startsWith(span.file() + ":" + span.line() + ":" + span.column() + ": "
                + d.severity().label() + ": " + d.message()), "rendered badly: " + rendered);
        String quoted = LineExcerpt.of(span).text();
        if (line.length() <= LineExcerpt.WIDTH) {
            require(quoted.equals(line), "the quoted line is not the file's: " + rendered);
        } else {
            String window = quoted.replaceFirst("^\\.\\.\\.", "").replaceFirst("\\.\\.\\.$", "");
            require(window.length() == LineExcerpt.WIDTH && line.contains(window),
                    "a long line not rendered as a window of it: " + rendered);
        }
        require(rendered.contains("\n" + quoted + "\n"), "rendered without its line: " + rendered);
    }

    /** The lines of the CSV file a diagnostic is in, as the CSV reader counts them. */
    private static List<String> csvLines(Span span, SourceFile source) {
        try {
            Path csv = source.path().resolveSibling(span.file());
            String text = new String(Files.readAllBytes(csv), StandardCharsets.UTF_8);
            text = text.replace("\r\n", "\n").replace('\r', '\n');
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return List.of(text.split("\n", -1));
        } catch (IOException | InvalidPathException e) {
            throw new AssertionError("a diagnostic in a file that cannot be read: " + span, e);
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
