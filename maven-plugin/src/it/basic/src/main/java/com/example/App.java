package com.example;

/** A user's code calling a class generated from src/main/nn/com/example/mazur.nn. */
public final class App {
    private App() {
    }

    /** Trains the worked example for {@code epochs} epochs and returns its outputs. */
    public static double[] trainedOutputs(int epochs) {
        Mazur net = new Mazur();
        double[] x = {0.05, 0.10};
        double[] t = {0.01, 0.99};
        for (int epoch = 0; epoch < epochs; epoch++) {
            net.train(x, t);
        }
        double[] y = new double[2];
        net.predict(x, y);
        return y;
    }

    public static void main(String[] args) {
        double[] y = trainedOutputs(10000);
        System.out.println(y[0] + " " + y[1]);
    }
}
