package dev.nnc.compiler.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.nnc.compiler.CompiledNetwork;
import dev.nnc.compiler.JavaNames;
import dev.nnc.compiler.NncCompiler;
import dev.nnc.compiler.diag.Result;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.load.InMemoryCompiler;
import dev.nnc.compiler.testing.Javac;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Package names from the command line ({@code -p}) and the Maven plugin ({@code packageName}): the
 * one check, {@link JavaNames#isPackageName}, accepts a name only when javac does, and then the class
 * nnc generates into that package compiles and loads under its qualified name. For names of ASCII
 * characters the two agree both ways (nnc refuses what javac refuses).
 */
class PackageNameFuzzTest {
    private static final String MODEL = "network Net {\n input x[2]\n layer y[1] sigmoid\n loss bce\n}\n";

    /** Pieces package names are made of, the mistakes people make among them. */
    private static final List<String> PIECES = List.of("com", "example", "nn", "a", "b1", "_x", "$", "_", "2d", "int",
            "class", "true", "null", "var", "record", "yield", "module", "java", "String", ".", ".", ".", "..", " ", "-",
            "/", "\\", "\u00E9t\u00E9", "\u03C0", "\u0000", "\u0001", "\u200B", "\u00AD", "\uD835\uDC00", "\n", "*",
            "a.", ".b");

    @Property(tries = 150, shrinking = ShrinkingMode.BOUNDED)
    void nncAcceptsOnlyWhatJavacAccepts(@ForAll("packageNames") String name) {
        boolean javac = javacAccepts(name);
        boolean nnc = JavaNames.isPackageName(name);
        if (nnc) {
            assertTrue(javac, "nnc accepts '" + name + "', javac does not");
            compilesInto(name);
        }
        if (name.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            assertEquals(javac, nnc, "'" + name + "': javac " + (javac ? "accepts" : "refuses"));
        }
    }

    @Example
    void theIssuesNamesAreRefusedAndTameOnesAccepted() {
        for (String name : List.of("class", "a.int", "com..example", "2d", "com.example.", "a\u0000b", "a\u200Bb", "java", "java.nn")) {
            assertFalse(JavaNames.isPackageName(name), name);
        }
        for (String name : List.of("", "com.example.nn", "\u00E9t\u00E9", "var.record", "$._x")) {
            assertTrue(JavaNames.isPackageName(name), name);
            compilesInto(name);
        }
    }

    @Provide
    Arbitrary<String> packageNames() {
        return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(5).map(pieces -> String.join("", pieces));
    }

    /**
     * Whether javac compiles {@code package NAME; class Probe {}} into one class of that qualified name
     * (javac drops characters it ignores, which would put the class in another package) and the JVM
     * loads it (it refuses classes in {@code java.*} that are not the JDK's).
     */
    private static boolean javacAccepts(String name) {
        String source = (name.isEmpty() ? "" : "package " + name + ";\n") + "class Probe {}\n";
        Compilation compilation = Javac.compile(List.of(Javac.unit("Probe", source)));
        if (compilation.status() != Compilation.Status.SUCCESS) {
            return false;
        }
        List<JavaFileObject> classes = compilation.generatedFiles().stream()
                .filter(f -> f.getKind() == JavaFileObject.Kind.CLASS).collect(Collectors.toList());
        String expected = name.isEmpty() ? "Probe" : name + ".Probe";
        return classes.size() == 1 && loadedName(classes.get(0)).equals(Optional.of(expected));
    }

    /** The name of the class in {@code classFile} as the JVM loads it, if it does. */
    private static Optional<String> loadedName(JavaFileObject classFile) {
        try (InputStream in = classFile.openInputStream()) {
            byte[] bytes = in.readAllBytes();
            return Optional.of(new ClassLoader(PackageNameFuzzTest.class.getClassLoader()) {
                Class<?> load() {
                    return defineClass(null, bytes, 0, bytes.length);
                }
            }.load().getName());
        } catch (SecurityException | LinkageError e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** nnc's class for {@link #MODEL} in package {@code name} compiles and loads as {@code name.Net}. */
    private static void compilesInto(String name) {
        Result<CompiledNetwork> compiled = NncCompiler.compile(new SourceFile("net.nn", Path.of("net.nn"), MODEL), name,
                false);
        assertTrue(compiled.value().isPresent(), () -> name + ": " + compiled.diagnostics());
        Class<?> type = InMemoryCompiler.compile(compiled.value().get().javaFile());
        assertEquals(name.isEmpty() ? "Net" : name + ".Net", type.getName());
    }
}
