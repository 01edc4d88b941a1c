package dev.nnc.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnc.compiler.Frontend;
import dev.nnc.compiler.diag.SourceFile;
import org.junit.jupiter.api.Test;

/** A file that writes out every weight is a model without a weights file; one that draws any is not. */
class ExplicitWeightsTest {
    private static final String NET = "network N {\n    input x[2]\n    layer h[2] sigmoid\n    layer y[1] sigmoid\n"
            + "    loss mse\n%s}\n";

    private static boolean given(String statements) {
        SourceFile file = new SourceFile("n.nn", null, String.format(NET, statements));
        return ExplicitWeights.given(file, Frontend.analyze(file).value().orElseThrow());
    }

    @Test
    void everyWeightWrittenOutOrNot() {
        assertEquals(true, given("    weights = [1, 2, 3, 4, 5, 6]\n"));
        assertEquals(true, given("    weights h = [1, 2, 3, 4]\n    weights y = [5, 6]\n"));
        assertEquals(false, given("    weights h = [1, 2, 3, 4]\n    weights init he seed = 2\n"), "y is drawn");
        assertEquals(false, given("    weights init he seed = 2\n"));
        assertEquals(false, given(""), "the default initialiser draws them");
    }
}
