package dev.nnc.compiler.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.nnc.compiler.model.Precision;
import dev.nnc.compiler.testing.Compiled;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every shape of emitted class, in double and in float, compiles with every javac lint warning on, and none fires. */
class CompilesWithoutWarningsTest {
    @TestFactory
    Stream<DynamicTest> everyShapeCompilesWithoutWarnings() {
        return Stream.of(Precision.values()).flatMap(precision -> GoldenSourceTest.shapes().entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey() + " " + precision.spelling(), () -> {
            String source = Compiled.source(e.getValue(), "lint", precision, false).toString();
            Compilation compilation = Compiler.javac().withOptions("-Xlint:all", "-Werror")
                    .compile(JavaFileObjects.forSourceString("lint." + e.getValue().name(), source));
            assertThat(compilation).succeededWithoutWarnings();
        })));
    }

    /**
     * The Vector API goldens, double and float: the one warning is javac's that the module is
     * incubating, which no option turns off.
     */
    @TestFactory
    Stream<DynamicTest> vectorApiClassesCompileWithoutOtherWarnings() {
        return Stream.of("VectorLoops", "VectorLoopsFloat").map(golden -> DynamicTest.dynamicTest(golden, () -> {
            String source = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/golden/" + golden
                    + ".java"));
            Compilation compilation = Compiler.javac().withOptions("-Xlint:all", "--add-modules", "jdk.incubator.vector")
                    .compile(JavaFileObjects.forSourceString("golden.VectorLoops", source));
            assertThat(compilation).succeeded();
            java.util.List<String> others = compilation.warnings().stream().map(d -> d.getMessage(null))
                    .filter(m -> !m.contains("incubating")).toList();
            org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), others);
        }));
    }
}
