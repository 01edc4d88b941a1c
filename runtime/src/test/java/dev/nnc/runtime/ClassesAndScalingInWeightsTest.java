package dev.nnc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A weights file keeps the class names and the kind of scaling, and refuses files that disagree with the network. */
class ClassesAndScalingInWeightsTest {
    /** A network of two inputs, three outputs, no parameters, with class names and a kind of normalisation. */
    private static final class Flowers extends StubNetwork {
        private final String[] classes;
        private final Normalization.Kind kind;
        private double[] mean = {0, 0};
        private double[] std = {1, 1};

        Flowers(Normalization.Kind kind, String... classes) {
            super(2, 3);
            this.kind = kind;
            this.classes = classes;
        }

        @Override
        public String[] classNames() {
            return classes.clone();
        }

        @Override
        public boolean normalizesInputs() {
            return true;
        }

        @Override
        public Normalization.Kind normalizationKind() {
            return kind;
        }

        @Override
        public void setInputNormalization(double[] newMean, double[] newStd) {
            mean = newMean.clone();
            std = newStd.clone();
        }

        @Override
        public double[] inputMean() {
            return mean.clone();
        }

        @Override
        public double[] inputStd() {
            return std.clone();
        }

        @Override
        public void setParameters(double[] values) {
            assertEquals(0, values.length);
        }
    }

    @Test
    void classNamesAndMinMaxScalingRoundTrip() throws Exception {
        Flowers trained = new Flowers(Normalization.Kind.MINMAX, "setosa", "versicolor", "virginica");
        trained.setInputNormalization(new double[] {4.3, 2.0}, new double[] {3.6, 2.4});
        String json = Weights.toJson(trained, Provenance.of(trained));
        assertTrue(json.contains("\"classes\": [\"setosa\", \"versicolor\", \"virginica\"],"), json);
        assertTrue(json.contains("\"kind\": \"minmax\""), json);

        Flowers loaded = new Flowers(Normalization.Kind.MINMAX, "setosa", "versicolor", "virginica");
        Provenance provenance = Weights.fromJson(loaded, json, "w.json");
        assertEquals(List.of("setosa", "versicolor", "virginica"), provenance.classNames());
        assertArrayEquals(new double[] {4.3, 2.0}, loaded.inputMean(), 0.0);
        assertArrayEquals(new double[] {3.6, 2.4}, loaded.inputStd(), 0.0);

        // a network that has no names of its own takes the file's
        Flowers unnamed = new Flowers(Normalization.Kind.MINMAX);
        assertEquals(List.of("setosa", "versicolor", "virginica"), Weights.fromJson(unnamed, json, "w.json").classNames());
    }

    @Test
    void zScoreFilesSayNoKindAndNoClassesWithoutLabels() {
        Flowers net = new Flowers(Normalization.Kind.ZSCORE);
        String json = Weights.toJson(net, Provenance.of(net));
        assertEquals(-1, json.indexOf("\"kind\""));
        assertEquals(-1, json.indexOf("\"classes\""));
    }

    @Test
    void otherClassesOrAnotherScalingAreRefused() {
        Flowers trained = new Flowers(Normalization.Kind.MINMAX, "a", "b", "c");
        String json = Weights.toJson(trained, Provenance.of(trained));
        WeightsException classes = assertThrows(WeightsException.class,
                () -> Weights.fromJson(new Flowers(Normalization.Kind.MINMAX, "a", "c", "b"), json, "w.json"));
        assertEquals("w.json: the weights are for the classes a, b, c, but Flowers was compiled for a, c, b (its"
                + " training data's labels)", classes.getMessage());
        WeightsException kind = assertThrows(WeightsException.class,
                () -> Weights.fromJson(new Flowers(Normalization.Kind.ZSCORE, "a", "b", "c"), json, "w.json"));
        assertEquals("w.json: the weights were saved with minmax normalisation but Flowers normalizes with zscore",
                kind.getMessage());
        WeightsException count = assertThrows(WeightsException.class, () -> Weights.fromJson(
                new Flowers(Normalization.Kind.MINMAX), json.replace("\"c\"]", "\"c\", \"d\"]"), "w.json"));
        assertEquals("w.json: the weights name 4 classes, Flowers has 3", count.getMessage());
    }
}
