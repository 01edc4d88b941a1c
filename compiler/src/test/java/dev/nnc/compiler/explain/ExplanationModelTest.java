package dev.nnc.compiler.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnc.compiler.page.DiagramLayout;
import dev.nnc.compiler.page.HtmlPage;
import dev.nnc.compiler.page.Shape;
import dev.nnc.compiler.page.SvgDiagram;
import dev.nnc.compiler.page.TexToMathMl;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One model, two renderings: the blocks render to the Markdown explain writes, every formula of every
 * sample converts to MathML without an error, and the picture holds the worked step's numbers.
 */
class ExplanationModelTest {
    private static Explanation explanation(Explained e) {
        return Explainer.explanation(e.compiled(), e.data(), e.fresh());
    }

    @Test
    void everySampleTypesetsWithoutErrorsAndItsMarkdownIsUnchanged() throws Exception {
        for (Explained e : Explained.all()) {
            Explanation explanation = explanation(e);
            assertEquals(e.markdown(), explanation.markdown(), e.file().toString());
            for (Block block : explanation.blocks()) {
                if (block instanceof Block.Equation eq) {
                    String math = TexToMathMl.convert(eq.tex(), true);
                    assertFalse(math.contains("<merror>"), e.file() + ": " + eq.tex() + "\n" + math);
                }
            }
            String page = HtmlPage.of(explanation, Optional.empty());
            assertFalse(page.contains("<merror>"), e.file().toString());
            assertFalse(page.contains("$"), e.file() + ": inline math left as LaTeX");
            assertFalse(page.matches("(?s).*(src|href)=\"(https?:)?//.*"), e.file() + " links outside the page");
        }
    }

    @Test
    void theWorkedPictureHasTheTutorialsNumbers() {
        NetworkPicture picture = explanation(Explained.sample("mazur.nn")).picture();
        assertEquals(List.of("input i", "layer h, sigmoid", "layer o, sigmoid"),
                picture.columns().stream().map(NetworkPicture.Column::title).toList());
        assertEquals(List.of("net 0.3775", "out 0.593269992", "δ 0.008771355"),
                picture.columns().get(1).neurons().get(0).values());
        assertEquals(List.of("net 1.105905967", "out 0.75136507", "target 0.01", "δ 0.138498562"),
                picture.columns().get(2).neurons().get(0).values());
        NetworkPicture.Edge w5 = picture.edges().get(4);
        assertEquals(new NetworkPicture.Edge(2, 0, 0, "w5", 0.4, "0.4 → 0.35891648"), w5);
        assertEquals("0.15 → 0.149780716", picture.edges().get(0).text());
        assertEquals(Optional.of("E_total = 0.298371109 → 0.291027774 after one step"), picture.loss());
        assertEquals("b1", picture.columns().get(1).bias().orElseThrow().name());
        assertEquals("0.35, frozen", picture.columns().get(1).bias().orElseThrow().value());
    }

    @Test
    void theLayoutLabelsEveryEdgeOfASmallNetworkAndDescribesIt() {
        DiagramLayout layout = DiagramLayout.of(explanation(Explained.sample("mazur.nn")).picture());
        List<String> texts = layout.shapes().stream().filter(s -> s instanceof Shape.Label)
                .map(s -> ((Shape.Label) s).text()).toList();
        for (int w = 1; w <= 8; w++) {
            int n = w;
            assertTrue(texts.stream().anyMatch(t -> t.startsWith("w" + n + " = ")), "w" + w + " labelled: " + texts);
        }
        assertEquals(8 + 4, layout.shapes().stream().filter(s -> s instanceof Shape.Line).count(), "weights and biases");
        assertTrue(layout.description().contains("w5 from h1 to o1 = 0.4 → 0.35891648"), layout.description());
        String svg = SvgDiagram.file(layout);
        assertTrue(svg.startsWith("<?xml") && svg.contains("<title id=\"nnc-net-title\">The network Mazur</title>"), svg);
        assertTrue(svg.contains("prefers-color-scheme: dark"), "a dark scheme");
    }

    @Test
    void longTrainingRunsShowAboutTwentyRowsWithTheLast() {
        assertEquals(List.of(0, 1, 2, 3), HtmlPage.shownEpochs(3));
        List<Integer> rows = HtmlPage.shownEpochs(1000);
        assertEquals(0, rows.get(0));
        assertEquals(1000, rows.get(rows.size() - 1));
        assertTrue(rows.size() <= 22, rows.toString());
    }
}
