package com.example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SameBitsTest {
    private static final double[][] X = {{0.1, -0.4, 0.9}, {0.7, 0.2, -0.3}, {-0.5, 0.5, 0.0}};
    private static final double[][] T = {{0.2, 0.8}, {0.9, 0.1}, {0.5, 0.5}};

    @Test
    void theVectorApiClassLearnsTheScalarClassesBits() {
        Wide vector = new Wide();
        WideScalar scalar = new WideScalar();
        assertArrayEquals(scalar.parameters(), vector.parameters());
        double before = vector.loss(X[0], T[0]);
        for (int epoch = 0; epoch < 200; epoch++) {
            for (int i = 0; i < X.length; i++) {
                vector.train(X[i], T[i]);
                scalar.train(X[i], T[i]);
            }
        }
        assertArrayEquals(scalar.parameters(), vector.parameters());
        double[] y = new double[2];
        double[] z = new double[2];
        vector.predict(X[0], y);
        scalar.predict(X[0], z);
        assertArrayEquals(z, y);
        assertTrue(vector.loss(X[0], T[0]) < before / 2, "it learnt: " + before + " -> " + vector.loss(X[0], T[0]));
    }

    @Test
    void testNetworksCanUseItToo() {
        Deep deep = new Deep();
        double[] y = new double[1];
        deep.predict(new double[] {1, 0, -1, 0.5}, y);
        assertTrue(y[0] > 0 && y[0] < 1, "a sigmoid output: " + y[0]);
    }
}
