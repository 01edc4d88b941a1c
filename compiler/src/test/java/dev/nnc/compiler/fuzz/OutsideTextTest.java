package dev.nnc.compiler.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import dev.nnc.compiler.Frontend;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.emit.EmitOptions;
import dev.nnc.compiler.emit.JavaEmitter;
import dev.nnc.compiler.emit.SourceText;
import dev.nnc.compiler.graph.StageGraphs;
import dev.nnc.compiler.load.InMemoryCompiler;
import dev.nnc.compiler.model.Layer;
import dev.nnc.compiler.model.Network;
import dev.nnc.compiler.plan.CodeSizeGovernor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Text from outside (the model's file name, layer names, the version stamped in the header) goes
 * into comments and Javadoc of the generated class. Whatever it holds (line breaks, {@code *}{@code /},
 * {@code \}{@code u000a}, which javac reads as a line break even in a comment, U+2028, quotes,
 * backslashes, characters beyond the BMP, unpaired surrogates), the class compiles to the same
 * members, and behaves the same, as the class generated from tame text: unrolled, loops, and a
 * mix with the Vector API.
 */
class OutsideTextTest {
    private static final List<String> SHAPES = List.of(
            "network Shape {\n input x[2]\n layer h[2] sigmoid bias shared = 0.35\n layer y[2] sigmoid\n loss half_sse\n"
                    + " optimizer sgd(rate = 0.5)\n weights init xavier seed = 1\n}\n",
            "network Shape {\n input x[3] normalize\n layer h[5] tanh loop\n layer y[2] softmax\n loss cross_entropy\n"
                    + " optimizer adam(rate = 0.01)\n weights init xavier seed = 2\n}\n",
            "network Shape {\n input x[3]\n layer h[8] relu loop\n layer g[2] tanh unroll\n layer y[1] linear loop\n"
                    + " loss mse\n optimizer momentum(rate = 0.1)\n weights init he seed = 3\n}\n");

    /** Pieces that have broken generated code somewhere, or could. */
    private static final List<String> HOSTILE = List.of("\n", "\r", "\r\n", "\u2028", "\u2029", "\u0085", "*/", "/*",
            "//", "\\", "\\u000a", "\\u000A", "\\u000d", "\\uuu000a", "\\u002a/", "\\u", "\\\\u000a", "\"", "'",
            "{@code x}", "{@link Object}", "<b>", "</p>", "&amp;", "@param x", "$L", "$", "%n", "\u0000", "\u202e",
            "\ufeff", "\ud800", "\udc00", "\ud83d\ude00", "\t", "\f", "\u000b", "int INJECTED = 1;",
            "} int injected() { return 1; } {", ";", "é", "modèle");

    @Property(tries = 20, shrinking = ShrinkingMode.BOUNDED)
    void outsideTextNeverChangesTheGeneratedClass(@ForAll("hostile") String fileName, @ForAll("hostile") String version,
                                                  @ForAll("hostile") String layerName, @ForAll boolean wildLayers) {
        assertSameClasses(fileName, version, wildLayers ? Optional.of(layerName) : Optional.empty());
    }

    @Example
    void theFileNameOfTheIssueStaysInItsComments() {
        String issue = "nl\nint INJECTED = 1;\n.nn";
        assertSameClasses(issue, issue, Optional.of(issue));
        String source = generate(0, issue, "test", Optional.empty(), "p").toString();
        assertFalse(source.contains("\nint INJECTED"), source);
        assertTrue(source.contains("nl\\nint INJECTED = 1;\\n.nn"), source);
    }

    /** Found by this property: U+0085, which Java ignores in identifiers, in a layer's name. */
    @Example
    void aLayerNameWithCharactersJavaIgnoresInIdentifiersGivesPlainIdentifiers() {
        assertSameClasses("f.nn", "v", Optional.of("z\u0085mod\u00e8le;\u200b"));
        assertEquals("z_mod_le__", SourceText.identifier("z\u0085mod\u00e8le;\u200b"));
        assertEquals("net_h1", SourceText.identifier("net_h1"));
    }

    @Example
    void escapedTextIsPrintableAsciiWithoutUnicodeEscapes() {
        assertEquals("mazur.nn", SourceText.escape("mazur.nn"));
        assertEquals("a\\nb\\\\u000a\\x{2A}\\x{2F}\\x{E9}\\x{1F600}\\x{D800}\\x{2028}",
                SourceText.escape("a\nb\\u000a*/\u00e9\ud83d\ude00\ud800\u2028"));
        for (String piece : HOSTILE) {
            String escaped = SourceText.escape(piece + "u");
            assertTrue(escaped.chars().allMatch(c -> c >= 0x20 && c < 0x7f), escaped);
            assertFalse(escaped.replace("\\\\", "").contains("\\u"), escaped);
            assertFalse(escaped.contains("*/"), escaped);
        }
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(HOSTILE),
                Arbitraries.strings().all().ofMaxLength(3), Arbitraries.strings().alpha().ofMaxLength(3));
        return piece.list().ofMaxSize(6).map(pieces -> String.join("", pieces));
    }

    /**
     * Compiles every shape with {@code fileName}, {@code version} and (when given) every layer
     * called {@code layerName} plus a number, and with tame text, and compares the classes.
     */
    private static void assertSameClasses(String fileName, String version, Optional<String> layerName) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (int shape = 0; shape < SHAPES.size(); shape++) {
            put(sources, generate(shape, "tame.nn", "test", Optional.empty(), "tame" + shape));
            put(sources, generate(shape, fileName, version, layerName, "wild" + shape));
        }
        Map<String, Class<?>> classes = InMemoryCompiler.compileAll(sources);
        for (int shape = 0; shape < SHAPES.size(); shape++) {
            Class<?> tame = classes.get("tame" + shape + ".Shape");
            Class<?> wild = classes.get("wild" + shape + ".Shape");
            assertEquals(members(tame.getDeclaredMethods(), OutsideTextTest::signature),
                    members(wild.getDeclaredMethods(), OutsideTextTest::signature), "methods of shape " + shape);
            assertEquals(members(tame.getDeclaredConstructors(), c -> Arrays.toString(c.getParameterTypes())),
                    members(wild.getDeclaredConstructors(), c -> Arrays.toString(c.getParameterTypes())));
            // Field names follow layer names; their number, types and modifiers do not.
            Function<Field, String> field = f -> Modifier.toString(f.getModifiers()) + " " + f.getType().getName()
                    + (layerName.isEmpty() ? " " + f.getName() : "");
            assertEquals(fields(tame, field), fields(wild, field), "fields of shape " + shape);
            assertArrayEquals(trained(tame), trained(wild), "behaviour of shape " + shape);
        }
    }

    private static void put(Map<String, String> sources, JavaFile file) {
        sources.put(file.packageName() + "." + file.typeSpec().name(), file.toString());
    }

    private static JavaFile generate(int shape, String fileName, String version, Optional<String> layerName,
                                     String pkg) {
        Network tame = Frontend.analyze(new SourceFile("tame.nn", Path.of("tame.nn"), SHAPES.get(shape))).value()
                .orElseThrow();
        List<Layer> layers = new ArrayList<>();
        for (Layer l : tame.layers()) {
            String name = layerName.map(n -> n + layers.size()).orElse(l.name());
            layers.add(new Layer(name, l.size(), l.fanIn(), l.activation(), l.alpha(), l.bias(), l.strategy(),
                    l.weights(), l.line()));
        }
        Network wild = new Network(tame.name(), fileName, tame.input(), layers, tame.loss(), tame.optimizer(),
                tame.training(), tame.data(), tame.test(), tame.lossLine(), tame.optimizerLine());
        return JavaEmitter.emit(StageGraphs.build(CodeSizeGovernor.plan(wild, Optional.empty()).value().orElseThrow()),
                new EmitOptions(pkg, version, shape == 2)).javaFile();
    }

    private static <M extends Member> List<String> members(M[] members, Function<M, String> describe) {
        return Arrays.stream(members).map(m -> Modifier.toString(m.getModifiers()) + " " + describe.apply(m))
                .sorted().collect(Collectors.toList());
    }

    /** A method's signature, with the generated class itself (copy() returns it) named alike in every package. */
    private static String signature(Method m) {
        Function<Class<?>, String> type = t -> t == m.getDeclaringClass() ? "the class" : t.getName();
        return type.apply(m.getReturnType()) + " " + m.getName()
                + Arrays.stream(m.getParameterTypes()).map(type).toList();
    }

    private static List<String> fields(Class<?> type, Function<Field, String> describe) {
        return new ArrayList<>(new TreeSet<>(Arrays.stream(type.getDeclaredFields()).map(describe)
                .collect(Collectors.groupingBy(s -> s, Collectors.counting())).entrySet().stream()
                .map(e -> e.getKey() + " x" + e.getValue()).toList()));
    }

    /** Parameters and outputs after two training steps. */
    private static double[] trained(Class<?> type) {
        dev.nnc.runtime.Network net = InMemoryCompiler.newInstance(type);
        int n = net.inputCount();
        double[] x = new double[n];
        double[] t = new double[net.outputCount()];
        for (int i = 0; i < n; i++) {
            x[i] = 0.3 * i - 0.2;
        }
        t[0] = 1;
        net.train(x, t);
        net.train(x, t);
        double[] y = new double[t.length];
        net.predict(x, y);
        double[] p = net.parameters();
        double[] out = Arrays.copyOf(p, p.length + y.length);
        System.arraycopy(y, 0, out, p.length, y.length);
        return out;
    }
}
