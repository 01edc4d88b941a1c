package dev.nnc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The weights file: exact round trips, and clear refusals of files that do not fit. */
class WeightsTest {
    @TempDir
    Path dir;

    private static final List<LayerShape> LAYERS = List.of(LayerShape.of(5, Activation.TANH),
            LayerShape.of(3, Activation.SOFTMAX));

    private static GenericMlp fresh(String name, boolean normalize) {
        double[] initial = TestNetworks.uniform(new Random(3), GenericMlp.parameterCount(4, LAYERS), 0.7);
        return new GenericMlp(name, 4, LAYERS, Loss.CROSS_ENTROPY, OptimizerSettings.defaults(OptimizerKind.ADAM),
                normalize, initial);
    }

    private static Dataset data() {
        Random random = new Random(11);
        double[][] x = new double[40][];
        double[][] t = new double[40][];
        for (int i = 0; i < x.length; i++) {
            x[i] = TestNetworks.vector(random, 4, -30, 70);
            t[i] = TestNetworks.oneHot(3, random.nextInt(3));
        }
        return new Dataset(x, t);
    }

    private static Provenance provenance() {
        return new Provenance("Flowers", Optional.of("ab12"), Optional.of("0.1.0"), OptionalLong.of(3),
                OptionalInt.of(20), OptionalDouble.of(0.01), OptionalDouble.of(0.25));
    }

    @Test
    void savedWeightsPredictExactlyTheSameInAFreshNetwork() throws Exception {
        GenericMlp trained = fresh("Flowers", true);
        Dataset data = data();
        Trainer.train(trained, data, new TrainingPlan(20, 4, OptionalLong.of(1)));
        Path file = dir.resolve("flowers.json");
        Weights.save(trained, provenance(), file);

        GenericMlp loaded = fresh("Flowers", true);
        Provenance read = Weights.load(loaded, file);
        assertEquals(provenance(), read);
        assertArrayEquals(trained.parameters(), loaded.parameters(), 0.0);
        assertArrayEquals(trained.inputMean(), loaded.inputMean(), 0.0);
        assertArrayEquals(trained.inputStd(), loaded.inputStd(), 0.0);
        double[] a = new double[3];
        double[] b = new double[3];
        for (int s = 0; s < data.size(); s++) {
            trained.predict(data.input(s), a);
            loaded.predict(data.input(s), b);
            for (int k = 0; k < 3; k++) {
                assertTrue(a[k] == b[k], "sample " + s + " output " + k + ": " + a[k] + " vs " + b[k]);
            }
        }
    }

    @Test
    void theFileIsReadableJsonWithEveryParameterOnItsOwnLine() throws Exception {
        GenericMlp net = fresh("Flowers", false);
        String json = Weights.toJson(net, provenance());
        assertTrue(json.startsWith("{\n  \"format\": \"nnc-weights\",\n  \"format_version\": 1,\n  \"network\": \"Flowers\","),
                json);
        assertTrue(json.contains("\n    \"w1\": " + net.parameters()[0] + ",\n"), json);
        assertFalse(json.contains("normalization"), "only for networks that normalise");
        assertTrue(MiniJson.parse(json) instanceof java.util.Map);
        Files.writeString(dir.resolve("w.json"), json);
        assertEquals("Flowers", Weights.load(fresh("Flowers", false), dir.resolve("w.json")).network());
    }

    @Test
    void extremeDoublesRoundTrip() throws Exception {
        GenericMlp net = fresh("Flowers", false);
        double[] p = net.parameters();
        double[] odd = {Double.MIN_VALUE, -Double.MAX_VALUE, 1e-300, -0.0, 0.1 + 0.2, 1.0 / 3, 123456789.123456789};
        System.arraycopy(odd, 0, p, 0, odd.length);
        net.setParameters(p);
        GenericMlp back = fresh("Flowers", false);
        Weights.fromJson(back, Weights.toJson(net, Provenance.of(net)), "x.json");
        for (int i = 0; i < p.length; i++) {
            assertEquals(Double.doubleToRawLongBits(p[i]), Double.doubleToRawLongBits(back.parameters()[i]), "p" + i);
        }
    }

    @Test
    void nonFiniteParametersAreNotSaved() {
        GenericMlp net = fresh("Flowers", false);
        double[] p = net.parameters();
        p[2] = Double.NaN;
        net.setParameters(p);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Weights.toJson(net, Provenance.of(net)));
        assertTrue(e.getMessage().contains("w3"), e.getMessage());
    }

    @Test
    void refusesFilesThatDoNotFitAndChangesNothing() throws Exception {
        GenericMlp source = fresh("Flowers", true);
        Trainer.train(source, data(), new TrainingPlan(1, 4, OptionalLong.empty()));
        String good = Weights.toJson(source, provenance());

        assertRefused(good.replace("\"Flowers\"", "\"Iris\""), true, "the weights are for network Iris, not Flowers");
        assertRefused(good.replace("\"w7\"", "\"w77\""), true, "parameter w7 of Flowers is missing");
        assertRefused(good.replace("\"parameters\": {", "\"parameters\": {\"z\": 1,"), true,
                "parameter z is not a parameter of Flowers");
        assertRefused(good, false, "the weights come with input normalisation but Flowers does not normalize");
        assertRefused(good.replace("\"inputs\": 4", "\"inputs\": 5"), true, "the weights have 5 inputs, Flowers has 4");
        assertRefused(good.replace("\"format\": \"nnc-weights\"", "\"format\": \"other\""), true,
                "not an nnc weights file");
        assertRefused(good.replace("\"format_version\": 1", "\"format_version\": 2"), true,
                "weights format version 2, but this runtime reads version 1");
        assertRefused(good.replace("\"w2\": ", "\"w2\": \"x\", \"y\": "), true, "parameter w2 is x, not a number");
        assertRefused("{\n  \"format\": \"nnc-weights\",\n  \"network\" \"Flowers\"\n}", true, "f.json:3:13: expected ':'");
        assertRefused("{\"format\": 1, \"format\": 2}", true, "f.json:1:15: duplicate key \"format\"");
        assertRefused("[1, 2,]", true, "f.json:1:7: expected a value but found ']'");
        assertRefused("{} x", true, "f.json:1:4: unexpected text after the end of the JSON value");
        assertRefused("{\"a\": NaN}", true, "f.json:1:7: expected a value but found 'N'");
    }

    @Test
    void refusesInfiniteNumbersBadStandardDeviationsAndDeepNestingWithThePosition() throws Exception {
        GenericMlp source = fresh("Flowers", true);
        String good = Weights.toJson(source, provenance());
        String w3 = "\"w3\": ";
        int line = (int) good.substring(0, good.indexOf(w3)).chars().filter(c -> c == '\n').count() + 1;
        String edited = good.replaceFirst("\"w3\": [^,]*", "\"w3\": 1e400");
        assertRefused(edited, true, "f.json:" + line + ":11: number too large for a double (it would be infinite)");
        String std = good.substring(good.indexOf("\"std\": ["));
        assertRefused(good.replace(std, "\"std\": [1, -2, 1, 1]\n  }\n}\n"), true,
                "f.json: normalization std 2 is -2.0; a standard deviation is 0 or more");
        assertRefused(good.replace(std, "\"std\": [1, 1e999, 1, 1]\n  }\n}\n"), true, "number too large for a double");
        GenericMlp constant = fresh("Flowers", true);
        Weights.fromJson(constant, good.replace(std, "\"std\": [0, 1, 1, 1]\n  }\n}\n"), "f.json");
        assertEquals(0.0, constant.inputStd()[0], "0 is a constant input, as nnc writes it");
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertRefused(deep, true, "f.json:1:65: objects and arrays nested more than 64 deep");
        assertRefused("{\"format\": " + "[".repeat(63) + "]".repeat(63) + "}", true, "not an nnc weights file");
    }

    @Test
    void theArchitectureIsRecordedAndWeightsOfAnotherOneAreRefused() throws Exception {
        GenericMlp tanh = fresh("Flowers", false);
        String json = Weights.toJson(tanh, provenance());
        assertTrue(json.contains("\"architecture\": \"4 inputs -> 5 tanh -> 3 softmax; loss cross_entropy\""), json);
        List<LayerShape> relu = List.of(new LayerShape(5, Activation.RELU, 0, BiasMode.PER_NEURON, false),
                LayerShape.of(3, Activation.SOFTMAX));
        GenericMlp other = new GenericMlp("Flowers", 4, relu, Loss.CROSS_ENTROPY,
                OptimizerSettings.defaults(OptimizerKind.ADAM), false, new double[GenericMlp.parameterCount(4, relu)]);
        assertEquals(List.of(tanh.parameterNames()), List.of(other.parameterNames()), "the same parameter names");
        WeightsException e = assertThrows(WeightsException.class, () -> Weights.fromJson(other, json, "f.json"));
        assertEquals("f.json: the weights are for a network of architecture 4 inputs -> 5 tanh -> 3 softmax; loss"
                + " cross_entropy, but Flowers is 4 inputs -> 5 relu -> 3 softmax; loss cross_entropy", e.getMessage());
        assertArrayEquals(new double[other.parameters().length], other.parameters(), 0.0);

        // a file written before the architecture was recorded is checked by its parameter names alone
        String old = json.replaceFirst("  \"architecture\": [^\n]*\n", "");
        Weights.fromJson(other, old, "old.json");
        assertArrayEquals(tanh.parameters(), other.parameters(), 0.0);
    }

    @Test
    void everyReadProblemNamesTheFile() throws Exception {
        GenericMlp net = fresh("Flowers", false);
        assertEquals(dir + ": is a folder, not a file",
                assertThrows(WeightsException.class, () -> Weights.load(net, dir)).getMessage());
        Path missing = dir.resolve("none.json");
        assertEquals(missing + ": no such file",
                assertThrows(WeightsException.class, () -> Weights.load(net, missing)).getMessage());
        Path utf16 = Files.writeString(dir.resolve("utf16.json"), Weights.toJson(net, provenance()),
                java.nio.charset.StandardCharsets.UTF_16LE);
        Files.write(utf16, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, Files.readAllBytes(utf16)));
        assertEquals(utf16 + ":1:1: the file is UTF-16 text (it starts with a UTF-16 byte order mark); save it as UTF-8",
                assertThrows(WeightsException.class, () -> Weights.load(net, utf16)).getMessage());
        Path latin1 = Files.writeString(dir.resolve("latin1.json"), "{\n  \"network\": \"Fl\u00f6wers\"\n}",
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals(latin1 + ":2:17: byte 0xF6 is not UTF-8 text; save the file as UTF-8",
                assertThrows(WeightsException.class, () -> Weights.load(net, latin1)).getMessage());
        Path huge = dir.resolve("huge.json");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(Weights.maxFileSize(net) + 1);
        }
        assertEquals(huge + ": is " + InputFiles.size(Weights.maxFileSize(net) + 1)
                        + "; a weights file for Flowers may have at most " + InputFiles.size(Weights.maxFileSize(net)),
                assertThrows(WeightsException.class, () -> Weights.load(net, huge)).getMessage());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static void assertRefused(String json, boolean normalize, String message) {
        GenericMlp target = fresh("Flowers", normalize);
        double[] before = target.parameters();
        WeightsException e = assertThrows(WeightsException.class, () -> Weights.fromJson(target, json, "f.json"));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertArrayEquals(before, target.parameters(), 0.0, "nothing is applied from a refused file");
    }

    @Test
    void jsonStringsAndNumbers() throws Exception {
        assertEquals(List.of("a\"b\\c\n\u00e9", -0.5, 1200.0, true, false, MiniJson.NULL),
                MiniJson.parse("[\"a\\\"b\\\\c\\n\\u00e9\", -5e-1, 1.2E3, true, false, null]"));
        assertEquals("\"q\\\"\\\\\\u000a\"", MiniJson.quote("q\"\\\n"));
        assertThrows(MiniJson.SyntaxError.class, () -> MiniJson.parse("01"));
        assertThrows(MiniJson.SyntaxError.class, () -> MiniJson.parse("\"open"));
        assertThrows(MiniJson.SyntaxError.class, () -> MiniJson.parse(""));
    }
}
