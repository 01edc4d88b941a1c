package dev.nnc.compiler.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.nnc.compiler.SourceReader;
import dev.nnc.compiler.ast.AstPrinter;
import dev.nnc.compiler.ast.NetworkFile;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.diag.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Parse, print, parse again: the same tree, and printing is a fixed point. */
class RoundTripTest {
    /** The test samples, the repository's samples, the shared conformance models, and the error cases. */
    static List<Path> allModels() {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("src/test/resources/samples", "../samples", "../../shared/conformance/models",
                "src/test/resources/errors")) {
            Path dir = Path.of(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> list = Files.list(dir)) {
                    list.filter(p -> p.toString().endsWith(".nn")).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return files;
    }

    @TestFactory
    Stream<DynamicTest> printedTextParsesToTheSameTree() {
        return allModels().stream().map(file -> dynamicTest(file.toString(), () -> {
            Result<SourceFile> read = SourceReader.read(file);
            if (read.hasErrors()) {
                return; // an error case that is not UTF-8 has no text to parse
            }
            Result<NetworkFile> first = SourceParser.parse(read.value().orElseThrow());
            if (first.hasErrors()) {
                return; // error cases with syntax errors have no tree to print
            }
            String printed = AstPrinter.print(first.value().orElseThrow());
            Result<NetworkFile> second = SourceParser.parse(new SourceFile("printed.nn", null, printed));
            assertEquals(List.of(), second.diagnostics(), printed);
            assertEquals(first.value(), second.value(), printed);
            assertEquals(printed, AstPrinter.print(second.value().orElseThrow()));
        }));
    }

    @Test
    void coversTheSpecExamplesAndTheCatchAllSample() {
        List<String> names = allModels().stream().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.containsAll(List.of("mazur.nn", "linear.nn", "xor.nn", "iris.nn", "everything.nn")), names::toString);
    }

    @Test
    void printsCanonicalText() throws IOException {
        String text = "network M { input i[2] layer h[2] sigmoid bias shared = 0.35 frozen loss half_sse\n"
                + "weights = [0.15, 0.20] optimizer sgd(rate = 0.5) train epochs = 1 data { [0.05, 0.10] -> [0.01] } }";
        String printed = AstPrinter.print(SourceParser.parse(new SourceFile("m.nn", null, text)).value().orElseThrow());
        assertEquals("network M {\n"
                + "    input i[2]\n"
                + "    layer h[2] sigmoid bias shared = 0.35 frozen\n"
                + "    loss half_sse\n"
                + "    weights = [0.15, 0.20]\n"
                + "    optimizer sgd(rate = 0.5)\n"
                + "    train epochs = 1\n"
                + "    data {\n"
                + "        [0.05, 0.10] -> [0.01]\n"
                + "    }\n"
                + "}\n", printed);
    }
}
