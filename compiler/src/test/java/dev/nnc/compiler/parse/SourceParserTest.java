package dev.nnc.compiler.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.compiler.ast.BiasClause;
import dev.nnc.compiler.ast.InputStatement;
import dev.nnc.compiler.ast.LayerStatement;
import dev.nnc.compiler.ast.NetworkDecl;
import dev.nnc.compiler.ast.NetworkFile;
import dev.nnc.compiler.ast.NumberLit;
import dev.nnc.compiler.ast.OptimizerStatement;
import dev.nnc.compiler.ast.TrainStatement;
import dev.nnc.compiler.diag.Diagnostic;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.model.Strategy;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceParserTest {

    private static Result<NetworkFile> parse(String text) {
        return SourceParser.parse(new SourceFile("t.nn", null, text));
    }

    private static NetworkDecl network(String text) {
        Result<NetworkFile> result = parse(text);
        assertEquals(List.of(), result.diagnostics());
        return result.value().orElseThrow().networks().get(0);
    }

    @Test
    void buildsStatementsWithOneBasedSpans() {
        NetworkDecl net = network("network N {\n    input i[2] normalize\n"
                + "    layer h[2] sigmoid bias shared = 0.35 frozen unroll\n}\n");
        assertEquals("N", net.name().text());
        InputStatement input = assertInstanceOf(InputStatement.class, net.statements().get(0));
        assertEquals(2, input.span().line());
        assertEquals(5, input.span().column());
        assertEquals(11, input.name().span().column());
        assertTrue(input.normalize());
        LayerStatement layer = assertInstanceOf(LayerStatement.class, net.statements().get(1));
        BiasClause bias = layer.bias().orElseThrow();
        assertEquals(BiasClause.Kind.SHARED, bias.kind());
        assertEquals("0.35", bias.values().get(0).text());
        assertTrue(bias.frozen());
        assertEquals(Strategy.UNROLL, layer.strategy());
        assertEquals("sigmoid", layer.activation().name().text());
    }

    @Test
    void numbersKeepTheirTextAndOverflowToInfinity() {
        NetworkDecl net = network("network N { weights = [-0.5, 1e-3, +2, .5, 4., 1e999] }");
        List<NumberLit> values = ((dev.nnc.compiler.ast.AllWeightsStatement) net.statements().get(0)).values().values();
        assertEquals(List.of("-0.5", "1e-3", "+2", ".5", "4.", "1e999"), values.stream().map(NumberLit::text).toList());
        assertEquals(-0.5, values.get(0).value());
        assertEquals(0.001, values.get(1).value());
        assertEquals(Double.POSITIVE_INFINITY, values.get(5).value());
    }

    @Test
    void callsKeepNamedAndUnnamedArgumentsAndTrainOptionsTheirOrder() {
        NetworkDecl net = network("network N { optimizer adam(0.01, beta2 = 0.99) train batch = 2 shuffle epochs = 3 }");
        OptimizerStatement optimizer = (OptimizerStatement) net.statements().get(0);
        assertEquals(2, optimizer.optimizer().arguments().size());
        assertTrue(optimizer.optimizer().arguments().get(0).name().isEmpty());
        assertEquals("beta2", optimizer.optimizer().arguments().get(1).name().orElseThrow().text());
        TrainStatement train = (TrainStatement) net.statements().get(1);
        assertEquals(3, train.options().size());
        assertTrue(train.options().get(1).value().isEmpty());
    }

    @Test
    void keywordsParseAsNamesSoTheCheckerCanExplain() {
        NetworkDecl net = network("network N { input data[2] layer loss[1] sigmoid weights init = [1] }");
        assertEquals(3, net.statements().size());
    }

    @Test
    void commentsAreIgnored() {
        network("// line\nnetwork /* inline */ N { /* multi\nline */ input i[1] // end\n}");
    }

    @Test
    void reportsEverySyntaxErrorAndNoTree() {
        Result<NetworkFile> result = parse("network N {\n    input i[2\n    layer h[2] sigmoid\n    layr o[1] sigmoid\n"
                + "    weights = [1, 2 3]\n}\n");
        assertTrue(result.value().isEmpty());
        List<Diagnostic> errors = result.diagnostics();
        assertEquals(3, errors.size(), errors::toString);
        assertEquals("expected ']' but found 'layer'", errors.get(0).message());
        assertEquals(3, errors.get(0).span().line());
        assertEquals(5, errors.get(0).span().column());
        assertTrue(errors.get(1).message().contains("did you mean 'layer'?"), errors.get(1).message());
        assertTrue(errors.stream().allMatch(d -> d.code().equals("E001")));
    }

    @Test
    void badCharactersAndUnclosedStringsHaveTheirOwnCodes() {
        List<Diagnostic> errors = parse("network N {\n\tinput i[2] @\n    data \"x.csv\n}").diagnostics();
        assertEquals("E002", errors.get(0).code());
        assertEquals("unexpected character '@'", errors.get(0).message());
        assertEquals(13, errors.get(0).span().column(), "a tab counts as one column");
        assertEquals("E003", errors.get(1).code());
        assertEquals(3, errors.get(1).span().line());
    }

    @Test
    void aMissingEndIsReportedAfterTheLastWordNotAfterTrailingComments() {
        List<Diagnostic> errors = parse("network N {\n    input i[2]\n\n// bye\n").diagnostics();
        assertEquals(1, errors.size());
        assertEquals(2, errors.get(0).span().line());
        assertEquals(15, errors.get(0).span().column());
        assertTrue(errors.get(0).message().endsWith("but found the end of the file"), errors.get(0).message());
    }

    @Test
    void anEmptyFileParsesToNoNetworks() {
        Result<NetworkFile> result = parse("");
        assertEquals(0, result.value().orElseThrow().networks().size());
    }
}
