package dev.nnc.compiler.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.compiler.diag.Diagnostic;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.model.Network;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One check reports every independent mistake of a file, in file order. */
class MultipleErrorsTest {

    @Test
    void everyMistakeIsReportedOnceInFileOrder() {
        Result<Network> result = Models.analyze(String.join("\n",
                "network Net {",
                "    input i[2]",
                "    layer h[0] sigmod",
                "    layer o[2] softmax bias = [1]",
                "    loss crossentropy",
                "    optimizer sgd(rate = -1)",
                "    train epochs = -5",
                "    weights init uniform(1, 0) seed = 0.5",
                "    data { [1, 2, 3] -> [0, 1] }",
                "}"));
        assertTrue(result.value().isEmpty());
        List<String> codes = result.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toList());
        assertEquals(List.of("E018", "E010", "E023", "E011", "E017", "E019", "E020", "E028"), codes,
                result.diagnostics().stream().map(Diagnostic::render).collect(Collectors.joining()));
        List<Integer> lines = result.diagnostics().stream().map(d -> d.span().line()).collect(Collectors.toList());
        assertEquals(List.of(3, 3, 4, 5, 6, 7, 8, 9), lines);
    }

    @Test
    void syntaxErrorsStopBeforeTheChecker() {
        Result<Network> result = Models.analyze("network Net {\n    input i[2\n    layer o[1] sigmod\n}");
        assertEquals(List.of("E001"), result.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toList()));
    }
}
