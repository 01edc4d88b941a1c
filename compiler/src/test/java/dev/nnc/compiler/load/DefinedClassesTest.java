package dev.nnc.compiler.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One class per process for the same bytecode; other bytecode another class; only the last few kept. */
class DefinedClassesTest {
    private static final int CLASSES = DefinedClasses.KEPT + 2;

    /** Bytecode of classes gen.Value0.. returning their number, and one more gen.Value0 returning -1. */
    private static final Map<String, byte[]> BYTECODE;
    private static final byte[] OTHER_VALUE0;

    static {
        Map<String, String> sources = new HashMap<>();
        for (int i = 0; i < CLASSES; i++) {
            sources.put("gen.Value" + i, source(i, i));
        }
        BYTECODE = InMemoryCompiler.bytecode(sources);
        OTHER_VALUE0 = InMemoryCompiler.bytecode(Map.of("gen.Value0", source(0, -1))).get("gen.Value0");
    }

    private static String source(int number, int value) {
        return "package gen; public class Value" + number + " implements java.util.function.IntSupplier {"
                + " public int getAsInt() { return " + value + "; } }";
    }

    private static Class<?> define(int number) {
        String name = "gen.Value" + number;
        return DefinedClasses.define(Map.of(name, BYTECODE.get(name)), name);
    }

    private static int value(Class<?> type) throws ReflectiveOperationException {
        return ((java.util.function.IntSupplier) type.getDeclaredConstructor().newInstance()).getAsInt();
    }

    @Test
    void theSameBytesGiveTheClassDefinedBeforeAndOtherBytesANewOne() throws Exception {
        Class<?> first = define(1);
        assertSame(first, define(1));
        assertEquals(1, value(first));
        Class<?> other = DefinedClasses.define(Map.of("gen.Value0", OTHER_VALUE0), "gen.Value0");
        Class<?> zero = define(0);
        assertNotSame(other, zero, "same name, other bytes");
        assertEquals(-1, value(other));
        assertEquals(0, value(zero));
    }

    @Test
    void onlyTheLastFewAreKept() {
        Class<?> first = define(2);
        for (int i = 3; i < CLASSES; i++) {
            define(i);
        }
        define(0);
        define(1); // KEPT classes defined since define(2)
        assertNotSame(first, define(2), "forgotten after " + DefinedClasses.KEPT + " others");
        assertSame(define(CLASSES - 1), define(CLASSES - 1));
    }
}
