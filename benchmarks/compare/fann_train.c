/*
 * fann_train: trains a 3-layer FANN network (tanh-like hidden layer, sigmoid outputs) with RPROP
 * on a FANN-format training file for a fixed number of epochs, then prints its accuracy on a test
 * file (the arg-max output against the arg-max target) and the seconds spent in training.
 *
 *   gcc -O3 -o fann_train fann_train.c -ldoublefann -lm
 *   ./fann_train TRAIN TEST HIDDEN EPOCHS [SEED]
 *
 * Output, one "key value" per line: samples, test_samples, epochs (the epochs that ran),
 * train_seconds, train_mse, test_accuracy. Part of nnc's whole-run benchmark (FannComparison), which runs it as a process.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <doublefann.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static unsigned int arg_max(const fann_type *values, unsigned int n) {
    unsigned int best = 0;
    for (unsigned int k = 1; k < n; k++) {
        if (values[k] > values[best]) {
            best = k;
        }
    }
    return best;
}

/* called after every epoch (1 epoch between reports): counts them, prints nothing */
static unsigned int epochs_run = 0;

static int FANN_API count_epoch(struct fann *ann, struct fann_train_data *data, unsigned int max_epochs,
        unsigned int epochs_between_reports, float desired_error, unsigned int epochs) {
    (void) ann;
    (void) data;
    (void) max_epochs;
    (void) epochs_between_reports;
    (void) desired_error;
    epochs_run = epochs;
    return 0;
}

static struct fann_train_data *read_or_exit(const char *path) {
    struct fann_train_data *data = fann_read_train_from_file(path);
    if (data == NULL) {
        fprintf(stderr, "fann_train: cannot read %s\n", path);
        exit(1);
    }
    return data;
}

int main(int argc, char **argv) {
    if (argc < 5 || argc > 6) {
        fprintf(stderr, "usage: fann_train TRAIN TEST HIDDEN EPOCHS [SEED]\n");
        return 2;
    }
    unsigned int hidden = (unsigned int) atoi(argv[3]);
    unsigned int epochs = (unsigned int) atoi(argv[4]);
    unsigned int seed = argc == 6 ? (unsigned int) atoi(argv[5]) : 1;
    struct fann_train_data *train = read_or_exit(argv[1]);
    struct fann_train_data *test = read_or_exit(argv[2]);
    unsigned int inputs = fann_num_input_train_data(train);
    unsigned int outputs = fann_num_output_train_data(train);

    struct fann *ann = fann_create_standard(3, inputs, hidden, outputs);
    fann_set_activation_function_hidden(ann, FANN_SIGMOID_SYMMETRIC);
    fann_set_activation_function_output(ann, FANN_SIGMOID);
    fann_set_training_algorithm(ann, FANN_TRAIN_RPROP);
    /* plain mean squared error, not FANN's default tanh-stretched error */
    fann_set_train_error_function(ann, FANN_ERRORFUNC_LINEAR);
    /* fann_create_standard seeds rand() from the clock: draw the same weights on every run */
    srand(seed);
    fann_randomize_weights(ann, -0.1, 0.1);

    fann_set_callback(ann, count_epoch);

    double start = now();
    /* FANN stops once the MSE is at most the desired error, and an MSE of 0 happens (mushroom):
       a desired error of -1 is never reached, so every epoch runs */
    fann_train_on_data(ann, train, epochs, 1, -1.0f);
    double seconds = now() - start;

    unsigned int right = 0;
    unsigned int test_samples = fann_length_train_data(test);
    for (unsigned int i = 0; i < test_samples; i++) {
        fann_type *out = fann_run(ann, test->input[i]);
        if (arg_max(out, outputs) == arg_max(test->output[i], outputs)) {
            right++;
        }
    }
    printf("samples %u\n", fann_length_train_data(train));
    printf("test_samples %u\n", test_samples);
    printf("epochs %u\n", epochs_run);
    printf("train_seconds %.6f\n", seconds);
    printf("train_mse %.6f\n", fann_test_data(ann, train));
    printf("test_accuracy %.6f\n", (double) right / test_samples);

    fann_destroy(ann);
    fann_destroy_train(train);
    fann_destroy_train(test);
    return 0;
}
