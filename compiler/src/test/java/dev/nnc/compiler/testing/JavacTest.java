package dev.nnc.compiler.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The lint check fails on any warning, and lets a Vector API source have javac's incubating notice only. */
class JavacTest {
    private static final String VECTOR_IMPORT = "import jdk.incubator.vector.DoubleVector;\n";

    @Test
    void aCleanSourcePasses() {
        Javac.assertCompilesCleanly(List.of(unit("", "final class Clean { int x() { return 1; } }")));
    }

    @Test
    void anyLintWarningFails() {
        JavaFileObject raw = unit("", "final class Raw { java.util.List<?> x() { return new java.util.ArrayList(); } }");
        AssertionError failure = assertThrows(AssertionError.class, () -> Javac.assertCompilesCleanly(List.of(raw)));
        assertTrue(failure.getMessage().contains("rawtypes") || failure.getMessage().contains("raw type"),
                failure.getMessage());
        Compilation compilation = Javac.lint(List.of(raw));
        assertEquals(Compilation.Status.FAILURE, compilation.status(), "-Werror");
    }

    @Test
    void aVectorApiSourceMayHaveTheIncubatingNoticeAndNothingElse() {
        JavaFileObject clean = unit(VECTOR_IMPORT, "final class V { int lanes() { return DoubleVector.SPECIES_256.length(); } }");
        assertTrue(Javac.usesVectorApi(List.of(clean)));
        Javac.assertCompilesCleanly(List.of(clean));
        JavaFileObject cast = unit(VECTOR_IMPORT,
                "final class W { int lanes() { return (int) DoubleVector.SPECIES_256.length(); } }");
        AssertionError failure = assertThrows(AssertionError.class, () -> Javac.assertCompilesCleanly(List.of(cast)));
        assertTrue(failure.getMessage().contains("compiler.warn.redundant.cast"), failure.getMessage());
    }

    private static JavaFileObject unit(String imports, String type) {
        String name = type.split(" ")[2];
        return Javac.unit(name, imports + type + "\n");
    }
}
