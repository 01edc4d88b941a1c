package com.example;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AppTest {
    @Test
    void theGeneratedClassGivesTheWorkedExamplesNumbers() {
        assertArrayEquals(new double[] {0.01591362044355068, 0.9840642735146238}, App.trainedOutputs(10000));
    }

    @Test
    void testsCanUseNetworksFromSrcTestNn() {
        Tiny tiny = new Tiny();
        assertEquals(2.25, tiny.loss(new double[] {1}, new double[] {2}), 1e-12);
    }
}
