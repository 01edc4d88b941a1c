/*
 * The worked example (samples/mazur.nn) trained for N epochs, written by hand in C: the same
 * forward pass, loss, backward pass and sgd update as the class nnc generates, statement by
 * statement, on the one sample. The baseline of WholeRun's "epochs" section:
 *
 *   gcc -O3 -o mazur_step mazur_step.c -lm && ./mazur_step 30000000
 *
 * prints the last epoch's loss and w1, so that nothing can be optimised away.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    long epochs = argc > 1 ? atol(argv[1]) : 1;
    double w1 = 0.15, w2 = 0.20, w3 = 0.25, w4 = 0.30, w5 = 0.40, w6 = 0.45, w7 = 0.50, w8 = 0.55;
    const double b1 = 0.35, b2 = 0.60, rate = 0.5;
    const double i1 = 0.05, i2 = 0.10, t1 = 0.01, t2 = 0.99;
    double loss = 0;
    for (long epoch = 0; epoch < epochs; epoch++) {
        double net_h1 = w1 * i1 + w2 * i2 + b1;
        double out_h1 = 1 / (1 + exp(-net_h1));
        double net_h2 = w3 * i1 + w4 * i2 + b1;
        double out_h2 = 1 / (1 + exp(-net_h2));
        double net_o1 = w5 * out_h1 + w6 * out_h2 + b2;
        double out_o1 = 1 / (1 + exp(-net_o1));
        double net_o2 = w7 * out_h1 + w8 * out_h2 + b2;
        double out_o2 = 1 / (1 + exp(-net_o2));
        loss = 0.5 * (t1 - out_o1) * (t1 - out_o1) + 0.5 * (t2 - out_o2) * (t2 - out_o2);
        double delta_o1 = (out_o1 - t1) * out_o1 * (1 - out_o1);
        double delta_o2 = (out_o2 - t2) * out_o2 * (1 - out_o2);
        double dw5 = delta_o1 * out_h1, dw6 = delta_o1 * out_h2;
        double dw7 = delta_o2 * out_h1, dw8 = delta_o2 * out_h2;
        double delta_h1 = (delta_o1 * w5 + delta_o2 * w7) * out_h1 * (1 - out_h1);
        double delta_h2 = (delta_o1 * w6 + delta_o2 * w8) * out_h2 * (1 - out_h2);
        double dw1 = delta_h1 * i1, dw2 = delta_h1 * i2, dw3 = delta_h2 * i1, dw4 = delta_h2 * i2;
        w1 -= rate * dw1; w2 -= rate * dw2; w3 -= rate * dw3; w4 -= rate * dw4;
        w5 -= rate * dw5; w6 -= rate * dw6; w7 -= rate * dw7; w8 -= rate * dw8;
    }
    printf("loss %.17g w1 %.17g\n", loss, w1);
    return 0;
}
