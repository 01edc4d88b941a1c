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
}
