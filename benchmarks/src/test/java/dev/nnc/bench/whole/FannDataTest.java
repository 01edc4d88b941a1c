package dev.nnc.bench.whole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FannDataTest {

    @Test
    void convertsEachSampleToOneRowOfInputsThenOutputs(@TempDir Path folder) throws IOException {
        // the first two samples of FANN's thyroid.train, with its line layout
        Path fann = folder.resolve("two.train");
        Files.writeString(fann, "2 21 3\n"
                + "0.530000 1 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0.004300 0.015000 0.094000 0.088000 0.107000 \n"
                + "0 0 1 \n"
                + "0.700000 0 0 0 0 0 0 0 0 0 1 0 0 0 0 0 0.000600 0.028000 0.122000 0.109000 0.112000 \n"
                + "0 0 1 \n");
        Path csv = folder.resolve("two.csv");

        FannData shape = FannData.convert(fann, csv);

        assertEquals(new FannData(2, 21, 3), shape);
        assertEquals("21-32-3", shape.network(32));
        assertEquals("0.530000,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0.004300,0.015000,0.094000,0.088000,0.107000,0,0,1\n"
                + "0.700000,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,0.000600,0.028000,0.122000,0.109000,0.112000,0,0,1\n",
                Files.readString(csv));
    }

    @Test
    void refusesAFileWithFewerNumbersThanItsFirstLineSays(@TempDir Path folder) throws IOException {
        Path fann = folder.resolve("short.train");
        Files.writeString(fann, "2 2 1\n0 1\n1\n1 1\n");

        IOException e = assertThrows(IOException.class, () -> FannData.convert(fann, folder.resolve("short.csv")));

        assertEquals(fann + ": 5 numbers after the first line, but 2 samples of 3 need 6", e.getMessage());
    }
}
