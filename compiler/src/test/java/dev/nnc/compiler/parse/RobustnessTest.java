package dev.nnc.compiler.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.compiler.Frontend;
import dev.nnc.compiler.diag.Diagnostic;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.model.Network;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Damaged models never make the front end throw or hang: every outcome is a network or an error. */
class RobustnessTest {
    private static final String[] PIECES = {"[", "]", "(", ")", "{", "}", ",", "=", "->", "\"", "/*", "*/", "//",
        "layer", "input", "loss", "weights", "init", "data", "test", "1e999", "-0.5", "x", "softmax", "leaky_relu",
        "\n", "network", "bias", "frozen", "none", "shared", "train", "epochs", "batch", "shuffle", "seed", "label",
        "unroll", "1.5", "0", "\u00e9", "\0", "\t", "#", "\uFEFF", "\r"};

    @Test
    void damagedModelsGiveDiagnosticsNeverExceptions() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path file : RoundTripTest.allModels()) {
            texts.add(Files.readString(file));
        }
        Random random = new Random(20240601L);
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int k = 0; k < 4000; k++) {
                String text = mutate(texts.get(random.nextInt(texts.size())), random);
                Result<Network> result = Frontend.analyze(new SourceFile("fuzz.nn", Path.of("fuzz.nn"), text));
                boolean failed = result.value().isEmpty();
                assertTrue(!failed || result.diagnostics().stream().anyMatch(Diagnostic::isError), text);
                assertFalse(!failed && result.diagnostics().stream().anyMatch(Diagnostic::isError), text);
                for (Diagnostic d : result.diagnostics()) {
                    assertTrue(d.span().line() >= 1 && d.span().column() >= 1, d + "\n" + text);
                    assertFalse(d.render().isEmpty());
                }
            }
        });
    }

    private static String mutate(String original, Random random) {
        StringBuilder text = new StringBuilder(original);
        if (random.nextInt(20) == 0) {
            text.setLength(0);
            for (int i = 0; i < 40; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]).append(' ');
            }
            return text.toString();
        }
        for (int edit = 0, edits = 1 + random.nextInt(5); edit < edits; edit++) {
            int at = random.nextInt(text.length() + 1);
            switch (random.nextInt(3)) {
                case 0:
                    text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(20)));
                    break;
                case 1:
                    text.insert(at, PIECES[random.nextInt(PIECES.length)]);
                    break;
                default:
                    if (at < text.length()) {
                        text.setCharAt(at, PIECES[random.nextInt(PIECES.length)].charAt(0));
                    }
            }
        }
        return text.toString();
    }
}
