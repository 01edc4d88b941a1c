package dev.nnc.compiler.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers are printed as the tutorials print them. */
class NumTest {
    @Test
    void nineDecimalsWithoutTrailingZeros() {
        assertEquals("0.74136507", Num.tex(0.7413650695523157));
        assertEquals("0.082167041", Num.tex(0.08216704056423078));
        assertEquals("0.000438568", Num.tex(4.3856773447434685E-4));
        assertEquals("-0.038098237", Num.tex(-0.03809823651655623));
        assertEquals("0.35", Num.tex(0.35));
        assertEquals("2", Num.tex(2.0));
        assertEquals("0", Num.tex(0.0));
        assertEquals("0", Num.tex(-0.0));
    }

    @Test
    void scientificForTinyAndHugeNumbers() {
        assertEquals("10^{-8}", Num.tex(1e-8));
        assertEquals("-1.5 \\times 10^{-7}", Num.tex(-1.5e-7));
        assertEquals("1.23456789 \\times 10^{7}", Num.tex(12345678.9));
        assertEquals("1.5e-7", Num.plain(1.5e-7));
        assertEquals("5e-5", Num.plain(5e-5));
        assertEquals("0.0001", Num.plain(1e-4));
    }

    @Test
    void factorsAndSums() {
        assertEquals("(-0.5)", Num.factor(-0.5));
        assertEquals("0.5", Num.factor(0.5));
        assertEquals("a - b + c", Num.sum(List.of("a", "-b", "c")));
    }
}
