package dev.nnc.compiler.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.compiler.ast.AstPrinter;
import dev.nnc.compiler.ast.NetworkFile;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.parse.SourceParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A sweep's changes to a parsed file: each setting lands where the file would write it. */
class NetworkEditsTest {
    private static NetworkFile parse(String text) {
        return SourceParser.parse(new SourceFile("model.nn", java.nio.file.Path.of("model.nn"), text)).value().orElseThrow();
    }

    private static final String IRIS = """
            network Iris {
                input x[4] normalize
                layer h[8] tanh
                layer p[3] softmax
                loss cross_entropy
                weights init xavier seed = 1
                optimizer adam(rate = 0.01)
                train epochs = 200 batch = 8 shuffle seed = 3
            }
            """;

    @Test
    void settingsChangeTheirNumbersAndAddWhatIsNotWritten() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("h", "16");
        values.put("rate", "0.5");
        values.put("beta1", "0.8");
        values.put("epochs", "3");
        values.put("seed", "7");
        String printed = AstPrinter.print(NetworkEdits.apply(parse(IRIS), values));
        assertTrue(printed.contains("layer h[16] tanh"), printed);
        assertTrue(printed.contains("adam(rate = 0.5, beta1 = 0.8)"), printed);
        assertTrue(printed.contains("epochs = 3 batch = 8 shuffle seed = 7"), printed);
        assertTrue(printed.contains("weights init xavier seed = 7"), printed);
        assertEquals(AstPrinter.print(parse(printed)), printed, "the changed file reprints as it parses");
    }

    @Test
    void aFileWithoutTheStatementsGetsThemWithTheDefaults() {
        String bare = "network Net {\n    input x[2]\n    layer h[3] tanh\n    layer y[1] sigmoid\n    loss bce\n}\n";
        Map<String, String> values = new LinkedHashMap<>();
        values.put("rate", "0.2");
        values.put("batch", "4");
        values.put("seed", "5");
        String printed = AstPrinter.print(NetworkEdits.apply(parse(bare), values));
        assertTrue(printed.contains("optimizer sgd(rate = 0.2)"), printed);
        assertTrue(printed.contains("train batch = 4"), printed);
        assertTrue(printed.contains("weights init xavier seed = 5"), printed);
        assertTrue(!printed.contains("shuffle"), "a file in file order stays in file order: " + printed);
    }

    @Test
    void theSettableNamesAreTheTrainingSettingsTheOptimizersParametersAndTheHiddenLayers() {
        NetworkFile iris = parse(IRIS);
        assertEquals(List.of("epochs", "batch", "seed", "rate", "beta1", "beta2", "eps", "weight_decay", "h"),
                NetworkEdits.settable(iris));
        assertEquals(Optional.of("p"), NetworkEdits.outputLayer(iris));
    }
}
