package dev.nnc.compiler.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.NncCompiler;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.emit.SymbolTable.Computes;
import dev.nnc.compiler.graph.Backward;
import dev.nnc.compiler.graph.Node;
import dev.nnc.compiler.graph.StageGraphs;
import dev.nnc.compiler.model.Network;
import dev.nnc.compiler.model.Strategy;
import dev.nnc.compiler.testing.Models;
import dev.nnc.compiler.plan.CodeSizeGovernor;
import dev.nnc.runtime.Activation;
import dev.nnc.runtime.BiasMode;
import dev.nnc.runtime.Loss;
import dev.nnc.runtime.OptimizerSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The symbol table emission returns is the class it describes: every recorded statement is at the
 * line it names and assigns the field the table gives its node or parameter, and every equation of
 * an unrolled layer, every gradient sum and every update is recorded, whatever it is named.
 */
class SymbolTableTest {
    private record Emitted(StageGraphs graphs, EmittedClass emitted) {
        List<String> lines() {
            return emitted.javaFile().toString().lines().toList();
        }

        SymbolTable symbols() {
            return emitted.symbols();
        }
    }

    private static Emitted emit(Network model, boolean vector) {
        StageGraphs graphs = StageGraphs.build(CodeSizeGovernor.plan(model, Optional.empty()).value().orElseThrow());
        return new Emitted(graphs, JavaEmitter.emit(graphs, new EmitOptions("symbols", "test", vector)));
    }

    @Test
    void everyRecordedStatementIsTheLineItNames() {
        for (Map.Entry<String, Network> shape : GoldenSourceTest.shapes().entrySet()) {
            for (boolean vector : new boolean[] {false, true}) {
                Emitted e = emit(shape.getValue(), vector);
                List<String> lines = e.lines();
                SymbolTable table = e.symbols();
                assertEquals(shape.getValue().name() + ".java", table.fileName());
                String where = shape.getKey() + (vector ? " (vector)" : "");
                for (Map.Entry<Computes, SymbolTable.Entry> s : table.statements().entrySet()) {
                    List<SymbolTable.Line> at = s.getValue().lines();
                    for (SymbolTable.Line line : at) {
                        assertEquals(lines.get(line.number() - 1).strip(), line.text(), where + ": " + s.getKey());
                    }
                    String first = at.get(0).text();
                    String last = at.get(at.size() - 1).text();
                    Computes what = s.getKey();
                    if (what instanceof Computes.Value v) {
                        String field = table.symbol(v.stage(), v.node()).orElseThrow().field();
                        assertTrue(first.startsWith(field + " = "), where + ": " + first);
                    } else if (what instanceof Computes.GradientSum g) {
                        String sum = table.parameter(g.parameter()).orElseThrow().gradientSum();
                        assertTrue(first.startsWith(sum + " += "), where + ": " + first);
                    } else if (what instanceof Computes.Update u) {
                        String value = table.parameter(u.parameter()).orElseThrow().value();
                        assertTrue(last.startsWith(value + " -= "), where + ": " + last);
                    } else {
                        assertEquals(new Computes.Loss(), what);
                        assertTrue(first.startsWith("E_total = "), where + ": " + first);
                    }
                    for (Computes read : s.getValue().reads()) {
                        assertTrue(table.statement(read).isPresent(), where + ": " + s.getKey() + " reads " + read);
                    }
                }
            }
        }
    }

    @Test
    void theSourceMapCommentsNameTheirLines() {
        for (Map.Entry<String, Network> shape : GoldenSourceTest.shapes().entrySet()) {
            Emitted e = emit(shape.getValue(), false);
            List<String> lines = e.lines();
            SymbolTable table = e.symbols();
            String file = shape.getValue().sourceName();
            for (SymbolTable.SourceLine mark : table.sourceLines()) {
                assertTrue(lines.get(mark.line() - 1).strip().startsWith("// " + file + ":" + mark.modelLine() + " "),
                        shape.getKey() + ": " + mark + " at " + lines.get(mark.line() - 1));
            }
            assertEquals(e.graphs().segments().isEmpty(), table.sourceLines().isEmpty(), shape.getKey());
            for (StageGraphs.Segment segment : e.graphs().segments()) {
                for (var layer : segment.backward().forward().layers()) {
                    for (Node net : layer.net()) {
                        assertEquals(layer.layer().line(), table.statement(new Computes.Value(segment.stage().first(), net))
                                .orElseThrow().modelLine().orElseThrow(), shape.getKey() + " " + layer.layer().name());
                    }
                }
            }
        }
    }

    @Test
    void everyEquationOfAnUnrolledRunIsRecorded() {
        for (Map.Entry<String, Network> shape : GoldenSourceTest.shapes().entrySet()) {
            Emitted e = emit(shape.getValue(), false);
            SymbolTable table = e.symbols();
            int recorded = 0;
            for (StageGraphs.Segment segment : e.graphs().segments()) {
                Backward backward = segment.backward();
                int stage = segment.stage().first();
                for (Node node : backward.graph().nodes()) {
                    Optional<SymbolTable.Symbol> symbol = table.symbol(stage, node);
                    if (symbol.isPresent() && !node.op().isLeaf()) {
                        assertTrue(table.statement(new Computes.Value(stage, node)).isPresent(),
                                shape.getKey() + ": no statement for " + symbol.get().field());
                        recorded++;
                    }
                }
                for (int p : backward.forward().parameters()) {
                    if (backward.parameterGradients().get(p).isPresent()) {
                        assertTrue(table.statement(new Computes.GradientSum(p)).isPresent(), shape.getKey() + " p" + p);
                        assertTrue(table.statement(new Computes.Update(p)).isPresent(), shape.getKey() + " p" + p);
                    } else {
                        assertFalse(table.parameter(p).isPresent(), shape.getKey() + ": frozen p" + p);
                    }
                }
                if (backward.forward().endsWithLoss()) {
                    assertTrue(table.statement(new Computes.Loss()).isPresent(), shape.getKey());
                }
            }
            assertEquals(e.graphs().segments().isEmpty(), recorded == 0, shape.getKey());
        }
    }

    /** A sum of more than {@link PassWriter#MAX_TERMS} terms is written, and recorded, as several lines. */
    @Test
    void longSumsAreRecordedWithAllTheirLines() {
        Network wide = Models.withStrategy(Models.random(21, 150, new int[] {2},
                new Activation[] {Activation.SIGMOID}, Loss.MSE, BiasMode.PER_NEURON, false,
                OptimizerSettings.sgd(0.1)), Strategy.UNROLL);
        Emitted e = emit(wide, false);
        SymbolTable table = e.symbols();
        List<String> lines = e.lines();
        int chunked = 0;
        for (Map.Entry<Computes, SymbolTable.Entry> s : table.statements().entrySet()) {
            List<SymbolTable.Line> at = s.getValue().lines();
            if (at.size() < 2) {
                continue;
            }
            Computes.Value value = (Computes.Value) s.getKey();
            String field = table.symbol(0, value.node()).orElseThrow().field();
            assertTrue(at.get(0).text().startsWith(field + " = "), at.get(0).text());
            for (int i = 1; i < at.size(); i++) {
                assertTrue(at.get(i).text().startsWith(field + " = " + field + " + "), at.get(i).text());
                assertEquals(lines.get(at.get(i).number() - 1).strip(), at.get(i).text());
            }
            chunked++;
        }
        assertTrue(chunked >= 2, "a long sum per neuron at least: " + chunked);
    }

    @Test
    void theWorkedExamplesEquationsAreWhereTheTutorialPutsThem() throws IOException {
        Path file = Path.of("../samples/mazur.nn");
        CompiledNetwork compiled = NncCompiler.compile(new SourceFile("mazur.nn", file, Files.readString(file)), "")
                .value().orElseThrow();
        Emitted e = new Emitted(compiled.graphs(), new EmittedClass(compiled.javaFile(), compiled.symbols()));
        Backward backward = e.graphs().whole().orElseThrow();
        assertSame(backward, compiled.backward(), "the graph the class was emitted from, not another");
        SymbolTable table = e.symbols();
        Node netO1 = backward.forward().layers().get(1).net().get(0);
        assertEquals("net_o1", table.symbol(0, netO1).orElseThrow().field());
        Node deltaO1 = backward.adjoint(netO1).orElseThrow();
        assertEquals(List.of("delta_o1 = (out_o1 - t1) * out_o1 * (1 - out_o1);"),
                table.statement(new Computes.Value(0, deltaO1)).orElseThrow().lines().stream()
                        .map(SymbolTable.Line::text).toList());
        assertEquals(new SymbolTable.ParameterFields("w5", "dw5"), table.parameter(4).orElseThrow());
        assertEquals("dw5 += delta_o1 * out_h1;",
                table.statement(new Computes.GradientSum(4)).orElseThrow().lines().get(0).text());
        assertEquals(5, table.statement(new Computes.GradientSum(4)).orElseThrow().modelLine().orElseThrow(), "layer o");
        assertEquals(6, table.statement(new Computes.Loss()).orElseThrow().modelLine().orElseThrow(), "the loss");
        // the first of the two copies of the backward pass: backward() comes before backwardAndUpdate()
        int line = table.statement(new Computes.Value(0, deltaO1)).orElseThrow().lines().get(0).number();
        List<String> lines = e.lines();
        int backwardAt = lines.indexOf("  private void backward() {") + 1;
        int fusedAt = lines.indexOf("  private void backwardAndUpdate() {") + 1;
        assertTrue(backwardAt > 0 && backwardAt < line && line < fusedAt, backwardAt + " < " + line + " < " + fusedAt);
    }
}
