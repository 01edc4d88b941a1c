package dev.nnc.compiler.emit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.JavaFile;
import dev.nnc.compiler.NncCompiler;
import dev.nnc.compiler.diag.SourceFile;
import dev.nnc.compiler.load.InMemoryCompiler;
import dev.nnc.runtime.Metrics;
import dev.nnc.runtime.Network;
import dev.nnc.runtime.Normalization;
import dev.nnc.runtime.Provenance;
import dev.nnc.runtime.Trainer;
import dev.nnc.runtime.TrainingPlan;
import dev.nnc.runtime.Weights;
import dev.nnc.runtime.CsvReader;
import dev.nnc.runtime.CsvColumns;
import dev.nnc.runtime.Dataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated class knows its training data's classes and scales its inputs min-max when asked. */
class ClassNamesAndScalingTest {
    @TempDir
    Path dir;

    private JavaFile compile(String model) throws Exception {
        Path file = dir.resolve("model.nn");
        Files.writeString(file, model);
        var result = NncCompiler.compile(new SourceFile("model.nn", file, model), "");
        return result.value().orElseThrow(() -> new AssertionError(result.diagnostics().toString())).javaFile();
    }

    @Test
    void textLabelsBecomeClassNamesAndPredictClassIsTheLargestOutput() throws Exception {
        Files.writeString(dir.resolve("train.csv"), "id,x1,x2,kind\n1,0,0,cat\n2,0,1,dog\n3,1,0,emu\n4,1,1,cat\n");
        JavaFile source = compile("network Animals {\n input x[2]\n layer h[3] tanh\n layer p[3] softmax\n"
                + " loss cross_entropy\n weights init xavier seed = 4\n"
                + " data \"train.csv\" label = \"kind\" ignore = \"id\"\n}\n");
        assertTrue(source.toString().contains("return new String[] {\"cat\", \"dog\", \"emu\"};"), source.toString());
        Network net = InMemoryCompiler.instantiate(source);
        assertArrayEquals(new String[] {"cat", "dog", "emu"}, net.classNames());
        double[] y = new double[3];
        for (double[] x : new double[][] {{0, 0}, {0, 1}, {1, 0}, {3, -2}}) {
            net.predict(x, y);
            assertEquals(Metrics.predictedClass(y), net.predictClass(x));
        }
    }

    @Test
    void oneSigmoidOutputTakesTwoClasses() throws Exception {
        Files.writeString(dir.resolve("train.csv"), "x,answer\n-2,no\n-1,no\n1,yes\n2,yes\n");
        JavaFile source = compile("network YesNo {\n input x[1]\n layer y[1] sigmoid\n loss bce\n"
                + " weights = [3]\n data \"train.csv\" label\n}\n");
        Network net = InMemoryCompiler.instantiate(source);
        assertArrayEquals(new String[] {"no", "yes"}, net.classNames());
        // sigmoid(3 * 0.2) > 0.5: class 1, "yes"; sigmoid(3 * -0.2) < 0.5: class 0
        assertEquals(1, net.predictClass(new double[] {0.2}));
        assertEquals(0, net.predictClass(new double[] {-0.2}));
        Dataset data = CsvReader.read(dir.resolve("train.csv"), 1, 1, CsvColumns.LABEL, List.of());
        assertArrayEquals(new double[] {0}, data.target(0), 0.0);
        assertArrayEquals(new double[] {1}, data.target(3), 0.0);
    }

    @Test
    void withoutLabelsTheClassHasNoNamesOfItsOwn() throws Exception {
        String text = compile("network Plain {\n input x[1]\n layer y[1] sigmoid\n loss bce\n}\n").toString();
        assertTrue(!text.contains("classNames") && !text.contains("predictClass"), text);
        Network net = InMemoryCompiler.instantiate(compile("network Plain {\n input x[1]\n layer y[1] sigmoid\n"
                + " loss bce\n weights = [1]\n}\n"));
        assertEquals(0, net.classNames().length);
        assertEquals(1, net.predictClass(new double[] {0.5}));
    }

    @Test
    void minMaxScalingTakesTheTrainingMinimumAndRangeExactly() throws Exception {
        Files.writeString(dir.resolve("train.csv"), "a,b,c,t\n2,10,5,0\n6,30,5,1\n3,20,5,0\n");
        JavaFile source = compile("network Scaled {\n input x[3] normalize minmax\n layer y[1] linear bias = 0\n"
                + " loss mse\n weights = [1, 1, 1]\n data \"train.csv\"\n}\n");
        Network net = InMemoryCompiler.instantiate(source);
        assertEquals(Normalization.Kind.MINMAX, net.normalizationKind());
        Dataset data = CsvReader.read(dir.resolve("train.csv"), 3, 1, false);
        Trainer.train(net, data, new TrainingPlan(0, 1, java.util.OptionalLong.empty()));
        assertArrayEquals(new double[] {2, 10, 5}, net.inputMean(), 0.0);
        // the constant column's range 0 is taken as 1
        assertArrayEquals(new double[] {4, 20, 1}, net.inputStd(), 0.0);
        double[] y = new double[1];
        net.predict(new double[] {4, 25, 7}, y);
        assertEquals((4 - 2) / 4.0 + (25 - 10) / 20.0 + (7 - 5) / 1.0, y[0], 0.0);

        // the weights file keeps the scaling: a fresh instance predicts the same
        String json = Weights.toJson(net, Provenance.of(net));
        assertTrue(json.contains("\"kind\": \"minmax\""), json);
        Network loaded = InMemoryCompiler.instantiate(source);
        Weights.fromJson(loaded, json, "w.json");
        double[] again = new double[1];
        loaded.predict(new double[] {4, 25, 7}, again);
        assertEquals(y[0], again[0], 0.0);
    }

    @Test
    void zScoreIsStillTheDefault() throws Exception {
        Files.writeString(dir.resolve("train.csv"), "a,t\n1,0\n3,1\n");
        for (String word : List.of("", " zscore")) {
            Network net = InMemoryCompiler.instantiate(compile("network Z {\n input x[1] normalize" + word
                    + "\n layer y[1] linear\n loss mse\n weights = [1]\n data \"train.csv\"\n}\n"));
            assertEquals(Normalization.Kind.ZSCORE, net.normalizationKind());
            Trainer.train(net, CsvReader.read(dir.resolve("train.csv"), 1, 1, false),
                    new TrainingPlan(0, 1, java.util.OptionalLong.empty()));
            assertArrayEquals(new double[] {2}, net.inputMean(), 0.0);
            assertArrayEquals(new double[] {1}, net.inputStd(), 0.0);
        }
    }

    @Test
    void manyClassNamesAreWrittenInChunksOfOneText() throws Exception {
        StringBuilder csv = new StringBuilder("x,word\n");
        String[] expected = new String[1200];
        for (int k = 0; k < expected.length; k++) {
            expected[k] = String.format("w%04d \u00e9\u4e2d\uD83D\uDE00 \"q\" \\", k);
            csv.append(k).append(',').append(expected[k]).append('\n');
        }
        Files.writeString(dir.resolve("train.csv"), csv.toString());
        JavaFile source = compile("network Words {\n input x[1]\n layer p[1200] softmax loop\n loss cross_entropy\n"
                + " data \"train.csv\" label\n}\n");
        assertTrue(source.toString().contains(".split(\"\\n\", -1)"), "written as one text");
        assertArrayEquals(expected, InMemoryCompiler.instantiate(source).classNames());
    }
}
