package dev.nnc.compiler.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The LaTeX subset of explain as MathML, element by element; anything else as a visible error. */
class TexToMathMlTest {
    private static String inner(String tex) {
        String math = TexToMathMl.convert(tex, false);
        return math.substring("<math><mrow>".length(), math.length() - "</mrow></math>".length());
    }

    @Test
    void subscriptsFractionsAndOperators() {
        assertEquals("<msub><mi>net</mi><mrow><mi>h</mi><mn>1</mn></mrow></msub>", inner("net_{h1}"));
        assertEquals("<mfrac><mrow><mi>∂</mi><msub><mi>E</mi><mrow><mi>total</mi></mrow></msub></mrow>"
                + "<mrow><mi>∂</mi><msub><mi>w</mi><mrow><mn>5</mn></mrow></msub></mrow></mfrac>",
                inner("\\frac{\\partial E_{total}}{\\partial w_{5}}"));
        assertEquals("<mn>0.4</mn><mo>·</mo><mn>0.593269992</mn><mo>−</mo><mn>1</mn>", inner("0.4 \\cdot 0.593269992 - 1"));
        assertEquals("<msup><mi>e</mi><mrow><mo form=\"prefix\">−</mo><mn>0.3775</mn></mrow></msup>", inner("e^{-0.3775}"));
        assertEquals("<msubsup><mi>w</mi><mrow><mn>1</mn></mrow><mrow><mo form=\"prefix\">+</mo></mrow></msubsup>", inner("w_{1}^{+}"));
    }

    @Test
    void aMinusThatStartsAnOperandIsASign() {
        assertEquals("<mn>0.5</mn><mo>·</mo><mo stretchy=\"false\">(</mo><mo form=\"prefix\">−</mo><mn>0.02</mn>"
                + "<mo stretchy=\"false\">)</mo>", inner("0.5 \\cdot (-0.02)"));
        assertEquals("<mi>a</mi><mo>=</mo><mo form=\"prefix\">−</mo><mi>b</mi><mo>−</mo><mi>c</mi>", inner("a = -b - c"));
        assertEquals("<mo form=\"prefix\">−</mo><mn>1</mn>", inner("-1"));
    }

    @Test
    void textGreekFunctionsSumsAndRoots() {
        assertEquals("<mtext>(linear:\u00a0</mtext>", inner("\\text{(linear: }"));
        assertEquals("<mi>δ</mi><mi>η</mi><mi mathvariant=\"normal\">Δ</mi>", inner("\\delta \\eta \\Delta"));
        assertEquals("<mi>ln</mi><mo>\u2061</mo><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo>",
                inner("\\ln(x)"));
        assertTrue(inner("\\sum_{i=1}^{4} x").startsWith("<munderover><mo largeop=\"true\" movablelimits=\"true\">∑</mo>"));
        assertEquals("<msqrt><mrow><mi>v</mi></mrow></msqrt>", inner("\\sqrt{v}"));
        assertEquals("<mstyle displaystyle=\"false\" scriptlevel=\"0\"><mfrac><mrow><mn>1</mn></mrow><mrow><mn>2</mn>"
                + "</mrow></mfrac></mstyle>", inner("\\tfrac{1}{2}"));
        assertEquals("<mo>&gt;</mo><mo>≤</mo><mo>→</mo><mspace width=\"1em\"/>", inner("\\gt \\le \\to \\quad"));
    }

    @Test
    void whatIsOutsideTheSubsetIsAnErrorNotAnException() {
        assertEquals("<merror><mtext>\\begin</mtext></merror><mrow><mi>x</mi></mrow>", inner("\\begin{x}"));
        assertTrue(inner("{a").contains("<merror><mtext>missing }</mtext></merror>"));
        assertTrue(inner("a}").contains("<merror>"));
        assertTrue(inner("^2").contains("<merror>"));
        assertFalse(inner("<script>").contains("<script>"), "text is escaped");
    }
}
