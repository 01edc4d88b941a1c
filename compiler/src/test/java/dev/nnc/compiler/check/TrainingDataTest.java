package dev.nnc.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.compiler.Frontend;
import dev.nnc.compiler.diag.Diagnostic;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.model.Network;
import org.junit.jupiter.api.Test;

/** E036: a network without training data, reported at its name for the commands that need data. */
class TrainingDataTest {
    private static final String NO_DATA = "// a network to generate, not to train\n"
            + "network  Plain {\n    input x[2]\n    layer y[1] sigmoid\n    loss mse\n}\n";

    @Test
    void aNetworkWithoutDataIsReportedAtItsName() {
        SourceFile file = new SourceFile("plain.nn", null, NO_DATA);
        Network network = Frontend.analyze(file).value().orElseThrow();
        Diagnostic d = TrainingData.missing(file, network, "to train on").orElseThrow();
        assertEquals("E036", d.code());
        assertEquals(2, d.span().line());
        assertEquals(10, d.span().column());
        assertEquals("plain.nn:2:10: error: network 'Plain' has no training data to train on: add a block"
                + " 'data { [x, ...] -> [t, ...] }' or a line 'data \"file.csv\"' [E036]\n"
                + "network  Plain {\n"
                + "         ^~~~~\n", d.render());
    }

    @Test
    void aNetworkWithDataIsFine() {
        SourceFile file = new SourceFile("xor.nn", null, NO_DATA.replace("loss mse\n",
                "loss mse\n    data { [0, 0] -> [0]  [1, 1] -> [1] }\n"));
        Network network = Frontend.analyze(file).value().orElseThrow();
        assertTrue(TrainingData.missing(file, network, "to train on").isEmpty());
    }
}
