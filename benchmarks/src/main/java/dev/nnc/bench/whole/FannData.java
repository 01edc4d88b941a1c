package dev.nnc.bench.whole;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A data set in FANN's own format, converted to the CSV {@code nnc} reads. FANN's file starts with
 * "SAMPLES INPUTS OUTPUTS", then gives each sample's inputs and then its outputs, all numbers
 * separated by white space (its examples put inputs on one line and outputs on the next). The CSV
 * has one row per sample, the inputs and then the outputs, each number written as the FANN file
 * writes it, no header: an {@code .nn} file without {@code label} takes its last columns as the
 * targets.
 */
public record FannData(int samples, int inputs, int outputs) {

    /** "21-32-3": the network a FANN example trains with this many hidden neurons. */
    public String network(int hidden) {
        return inputs + "-" + hidden + "-" + outputs;
    }

    /** Reads {@code fann} and writes its samples to {@code csv}; the shape its first line gives. */
    public static FannData convert(Path fann, Path csv) throws IOException {
        String[] numbers = Files.readString(fann, StandardCharsets.US_ASCII).strip().split("\\s+");
        if (numbers.length < 3) {
            throw new IOException(fann + ": no \"SAMPLES INPUTS OUTPUTS\" line");
        }
        FannData shape = new FannData(Integer.parseInt(numbers[0]), Integer.parseInt(numbers[1]),
                Integer.parseInt(numbers[2]));
        int width = shape.inputs + shape.outputs;
        long expected = 3 + (long) shape.samples * width;
        if (numbers.length != expected) {
            throw new IOException(fann + ": " + (numbers.length - 3) + " numbers after the first line, but "
                    + shape.samples + " samples of " + width + " need " + (expected - 3));
        }
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.US_ASCII)) {
            for (int sample = 0; sample < shape.samples; sample++) {
                for (int column = 0; column < width; column++) {
                    if (column > 0) {
                        out.write(',');
                    }
                    out.write(numbers[3 + sample * width + column]);
                }
                out.write('\n');
            }
        }
        return shape;
    }
}
