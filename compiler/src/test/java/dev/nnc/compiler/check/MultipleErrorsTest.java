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
    void syntaxErrorsComeWithTheMistakesOfTheStatementsThatParsed() {
        Result<Network> result = Models.analyze(String.join("\n",
                "network Net {",
                "    input i[2",
                "    layer o[1] sigmod",
                "    layr p[2] relu",
                "    optimizer sgd(rate = 0)",
                "}"));
        assertTrue(result.value().isEmpty());
        assertEquals(List.of("3:5 E001", "3:16 E010", "4:5 E001", "5:26 E017"), result.diagnostics().stream()
                .map(d -> d.span().line() + ":" + d.span().column() + " " + d.code()).collect(Collectors.toList()),
                result.diagnostics().stream().map(Diagnostic::render).collect(Collectors.joining()));
    }

    @Test
    void afterSyntaxErrorsNothingIsReportedThatALostStatementCouldChange() {
        // The input statement is lost to the syntax error: no "no input", no sample widths, no weight count.
        Result<Network> result = Models.analyze(String.join("\n",
                "network Net {",
                "    input i[2 3]",
                "    layer o[1] sigmoid",
                "    weights = [1, 2, 3]",
                "    data { [1, 2] -> [1] }",
                "}"));
        assertEquals(List.of("E001"), result.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toList()),
                result.diagnostics().stream().map(Diagnostic::render).collect(Collectors.joining()));
    }

    @Test
    void aNetworkWithoutANameIsNotAFileWithoutANetwork() {
        Result<Network> result = Models.analyze("network {\n    input x[2]\n    layer y[1] sigmod\n    loss mse\n}");
        assertEquals(List.of("1:9 E001"), result.diagnostics().stream()
                .map(d -> d.span().line() + ":" + d.span().column() + " " + d.code()).collect(Collectors.toList()),
                result.diagnostics().stream().map(Diagnostic::render).collect(Collectors.joining()));
    }
}
