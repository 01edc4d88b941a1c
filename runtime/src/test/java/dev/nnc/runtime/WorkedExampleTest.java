package dev.nnc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The spec's known numbers, reproduced by the reference implementation bit for bit. */
class WorkedExampleTest {
    private static final double[] X = {0.05, 0.10};
    private static final double[] T = {0.01, 0.99};

    static GenericMlp mazur() {
        return new GenericMlp("Mazur", 2,
                List.of(new LayerShape(2, Activation.SIGMOID, 0, BiasMode.SHARED, true),
                        new LayerShape(2, Activation.SIGMOID, 0, BiasMode.SHARED, true)),
                Loss.HALF_SSE, OptimizerSettings.sgd(0.5), false,
                new double[] {0.15, 0.20, 0.25, 0.30, 0.40, 0.45, 0.50, 0.55, 0.35, 0.60});
    }

    @Test
    void mazurLayoutFollowsTheNumbering() {
        GenericMlp net = mazur();
        assertArrayEquals(new String[] {"w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8", "b1", "b2"},
                net.parameterNames());
        assertArrayEquals(new boolean[] {true, true, true, true, true, true, true, true, false, false},
                net.trainable());
    }

    @Test
    void mazurFirstStep() {
        GenericMlp net = mazur();
        assertEquals(0.2983711087600027, net.loss(X, T), 0.0);
        assertEquals(0.2983711087600027, net.train(X, T), 0.0);
        double[] p = net.parameters();
        assertEquals(0.35891647971788465, p[4], 0.0);
        assertEquals(0.1497807161327628, p[0], 0.0);
        assertEquals(0.35, p[8], 0.0);
        assertEquals(0.60, p[9], 0.0);
        assertEquals(0.29102777369359933, net.loss(X, T), 0.0);
    }

    @Test
    void mazurTenThousandEpochs() {
        GenericMlp net = mazur();
        Dataset data = new Dataset(new double[][] {X}, new double[][] {T});
        TrainingResult result = Trainer.train(net, data, new TrainingPlan(10000, 1, OptionalLong.empty()));
        assertEquals(0.2983711087600027, result.initialLoss(), 0.0);
        assertEquals(3.510187782978859e-05, result.finalLoss(), 0.0);
        double[] y = new double[2];
        net.predict(X, y);
        assertEquals(0.01591362044355068, y[0], 0.0);
        assertEquals(0.9840642735146238, y[1], 0.0);
    }

    static GenericMlp linear() {
        return new GenericMlp("Linear", 2,
                List.of(new LayerShape(2, Activation.LINEAR, 0, BiasMode.NONE, false),
                        new LayerShape(1, Activation.LINEAR, 0, BiasMode.NONE, false)),
                Loss.HALF_SSE, OptimizerSettings.sgd(0.05), false,
                new double[] {0.21, 0.56, 0.19, 0.02, 0.23, 0.16});
    }

    @Test
    void linearDivergesAsSpecified() {
        GenericMlp net = linear();
        double[] x = {8, 12};
        double[] t = {4};
        assertEquals(1.59561248, net.loss(x, t), 0.0);
        net.train(x, t);
        assertEquals(49.24728928473661, net.loss(x, t), 0.0);
        Dataset data = new Dataset(new double[][] {x}, new double[][] {t});
        TrainingResult result = Trainer.train(linear(), data, new TrainingPlan(2, 1, OptionalLong.empty()));
        assertArrayEquals(new double[] {1.59561248, 49.24728928473661}, result.lossHistory(), 0.0);
    }
}
