package dev.nnc.compiler.emit;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.nnc.compiler.testing.Compiled;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every shape of emitted class compiles with every javac lint warning on, and none fires. */
class CompilesWithoutWarningsTest {
    @TestFactory
    Stream<DynamicTest> everyShapeCompilesWithoutWarnings() {
        return GoldenSourceTest.shapes().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            String source = Compiled.source(e.getValue(), "lint").toString();
            Compilation compilation = Compiler.javac().withOptions("-Xlint:all", "-Werror")
                    .compile(JavaFileObjects.forSourceString("lint." + e.getValue().name(), source));
            assertThat(compilation).succeededWithoutWarnings();
        }));
    }
}
