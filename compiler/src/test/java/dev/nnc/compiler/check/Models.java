package dev.nnc.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnc.compiler.Frontend;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.model.Network;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Test helpers: analyze text or a file and insist it is clean. */
final class Models {
    static final Path SAMPLES = Path.of("src/test/resources/samples");

    private Models() {
    }

    static Result<Network> analyze(String text) {
        return Frontend.analyze(new SourceFile("test.nn", Path.of("test.nn"), text));
    }

    /** The network of {@code text}, which must check without any diagnostic. */
    static Network clean(String text) {
        Result<Network> result = analyze(text);
        assertEquals(List.of(), result.diagnostics());
        return result.value().orElseThrow();
    }

    /** The network of a file, which must check without any diagnostic. */
    static Network clean(Path file) throws IOException {
        Result<Network> result = Frontend.analyze(Frontend.read(file));
        assertEquals(List.of(), result.diagnostics(), file.toString());
        return result.value().orElseThrow();
    }
}
