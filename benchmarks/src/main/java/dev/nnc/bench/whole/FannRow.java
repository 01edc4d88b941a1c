package dev.nnc.bench.whole;

/**
 * One FANN example data set trained by FANN and by {@code ./nnc train}: medians of whole-run wall
 * times and peak resident sets, FANN's training time as it measures it inside its process, and
 * the test accuracy of each; nnc also through its daemon (warm and cold: the class cache full or empty).
 */
record FannRow(String dataSet, FannData train, int testSamples, int hidden,
        double fannSeconds, double fannTrainingSeconds, double warmSeconds, double coldSeconds,
        double daemonWarmSeconds, double daemonColdSeconds,
        double fannMegabytes, double warmMegabytes, double coldMegabytes,
        double fannAccuracy, double nncAccuracy) {

    double warmRatio() {
        return warmSeconds / fannSeconds;
    }

    double coldRatio() {
        return coldSeconds / fannSeconds;
    }

    double daemonWarmRatio() {
        return daemonWarmSeconds / fannSeconds;
    }

    double daemonColdRatio() {
        return daemonColdSeconds / fannSeconds;
    }
}
