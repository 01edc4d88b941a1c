package dev.nnc.compiler.testing;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import com.palantir.javapoet.JavaFile;
import dev.nnc.compiler.load.InMemoryCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * javac for the tests whose point is that generated Java compiles cleanly, through Compile
 * Testing's {@link Compiler#javac()} with every lint warning on and warnings as errors ({@code
 * -Xlint:all -Werror}). Tests that compile in order to run the classes use the production loader
 * ({@link InMemoryCompiler}, via {@link Compiled}); every other compilation a test makes goes through
 * here.
 *
 * <p>One warning cannot be helped: when a source uses the Vector API, javac 17 must be given
 * {@code --add-modules jdk.incubator.vector} and then always warns "using incubating module(s)".
 * That warning is not a lint category in javac 17 ({@code -Xlint:-incubating} does not exist
 * before JDK 22), and the only option that hides it, {@code -nowarn}, hides every warning. So such
 * sources compile with {@code -Xlint:all} but without {@code -Werror}, and {@link #assertClean}
 * demands that this warning be the only one.
 */
public final class Javac {
    /** javac's code for "using incubating module(s)": the one warning a Vector API source may get. */
    public static final String INCUBATING = "compiler.warn.incubating.modules";

    private Javac() {
    }

    /** {@code file} as a compilation unit, named for its class. */
    public static JavaFileObject unit(JavaFile file) {
        String type = file.typeSpec().name();
        return unit(file.packageName().isEmpty() ? type : file.packageName() + "." + type, file.toString());
    }

    /** The source {@code text} of the top-level class {@code qualifiedName}. */
    public static JavaFileObject unit(String qualifiedName, String text) {
        return JavaFileObjects.forSourceString(qualifiedName, text);
    }

    /**
     * The source file {@code file} in package {@code packageName}, named after the public class it
     * declares (a golden file's name may differ: {@code MazurFloat.java} holds class {@code Mazur}).
     */
    public static JavaFileObject unit(String packageName, Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher declared = PUBLIC_CLASS.matcher(text);
            String type = declared.find() ? declared.group(1) : file.getFileName().toString().replaceFirst("\\.java$", "");
            return unit(packageName.isEmpty() ? type : packageName + "." + type, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Pattern PUBLIC_CLASS = Pattern.compile("(?m)^public (?:final )?class (\\w+)");

    /** Compiles {@code units} with javac's defaults (no annotation processing): for tests that ask javac. */
    public static Compilation compile(List<JavaFileObject> units) {
        return Compiler.javac().withOptions("-proc:none").compile(units);
    }

    /**
     * Compiles {@code units} with {@code -Xlint:all}, and {@code -Werror} unless one of them uses the
     * Vector API (then with {@code --add-modules jdk.incubator.vector}; see the class comment).
     */
    public static Compilation lint(List<JavaFileObject> units) {
        List<String> options = new ArrayList<>(List.of("-proc:none", "-Xlint:all"));
        if (usesVectorApi(units)) {
            options.addAll(List.of("--add-modules", InMemoryCompiler.VECTOR_MODULE));
        } else {
            options.add("-Werror");
        }
        return Compiler.javac().withOptions(options).compile(units);
    }

    /** Fails unless {@code units} compile with {@code -Xlint:all -Werror}: no error and no warning. */
    public static void assertCompilesCleanly(List<JavaFileObject> units) {
        assertClean(lint(units), usesVectorApi(units));
    }

    /**
     * Fails unless {@code compilation} succeeded without warnings, apart from javac's one
     * "using incubating module(s)" when {@code vectorApi}.
     */
    public static void assertClean(Compilation compilation, boolean vectorApi) {
        if (!vectorApi) {
            assertThat(compilation).succeededWithoutWarnings();
            return;
        }
        assertThat(compilation).succeeded();
        List<String> warnings = compilation.diagnostics().stream()
                .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
                .map(d -> d.getCode() + ": " + d.getMessage(Locale.ROOT))
                .collect(Collectors.toList());
        assertEquals(List.of(INCUBATING + ": using incubating module(s): " + InMemoryCompiler.VECTOR_MODULE),
                warnings, "the only warning of a Vector API source is javac's notice of the incubating module");
    }

    /** Whether any of {@code units} imports the Vector API. */
    public static boolean usesVectorApi(List<JavaFileObject> units) {
        return units.stream().anyMatch(u -> {
            try {
                return InMemoryCompiler.usesVectorApi(u.getCharContent(true).toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
