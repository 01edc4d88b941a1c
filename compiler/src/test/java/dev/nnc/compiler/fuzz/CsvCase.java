package dev.nnc.compiler.fuzz;

import dev.nnc.compiler.diag.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A CSV file damaged by a few mutations, read by one of a few models that name it. */
record CsvCase(int csv, int model, List<Mutation> mutations) {
    /** Data files to damage: labelled classes, 0/1 targets, several targets; odd line ends and marks. */
    static final List<String> CSVS = List.of(
            "sepal_length,sepal_width,petal_length,petal_width,species\n5.1,3.5,1.4,0.2,0\n7.0,3.2,4.7,1.4,1\n"
                    + "6.3,3.3,6.0,2.5,2\n4.9,3.0,1.4,0.2,0\n",
            "x1,x2,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n",
            "\uFEFFa,b,t1,t2,t3\r\n0.5,1,0,1,0\r\n-1e-3,2.5e2,1,0,0\r\n\r\n3,.5,0,0,1",
            "1,2,0\r3,4,1\r5,6,0\r",
            "x1,x2,y\n",
            "",
            "id,species,a,b,c,d\nr1,setosa,5.1,3.5,1.4,0.2\nr2,\"versicolor\",7.0,3.2,4.7,1.4\nr3,virginica,6.3,3.3,6.0,2.5\n",
            "x,answer\n-2,no\n-1,no\n1,yes\n2,yes\n");

    /** Models whose data is {@code data.csv}, by what they make of its columns. */
    static final List<String> MODELS = List.of(
            "network Iris { input x[4] normalize layer h[3] tanh layer p[3] softmax loss cross_entropy"
                    + " data \"data.csv\" label }",
            "network Xor { input x[2] layer h[2] sigmoid layer y[1] sigmoid loss bce data \"data.csv\" }",
            "network Reg { input x[2] layer y[1] linear loss mse data \"data.csv\" test \"data.csv\" }",
            "network Multi { input x[2] layer y[3] softmax loss cross_entropy data \"data.csv\" }",
            "network Classes { input x[2] layer y[2] softmax loss cross_entropy test \"data.csv\" label }",
            "network Species { input x[4] normalize minmax layer p[3] softmax loss cross_entropy"
                    + " data \"data.csv\" label = \"species\" ignore = \"id\" test \"data.csv\" label = \"species\""
                    + " ignore = [\"id\"] }",
            "network YesNo { input x[1] layer y[1] sigmoid loss bce data \"data.csv\" label }");

    CsvCase {
        mutations = List.copyOf(mutations);
    }

    /** The damaged CSV text. */
    String text() {
        String text = CSVS.get(Math.floorMod(csv, CSVS.size()));
        for (Mutation mutation : mutations) {
            text = mutation.apply(text);
        }
        return text;
    }

    /** Writes the damaged CSV into {@code dir} as data.csv; returns the model that reads it. */
    SourceFile writeInto(Path dir) {
        try {
            // Unpaired surrogates become '?'; every fourth case is written in Latin-1, which is not UTF-8.
            Charset charset = Math.floorMod(csv + model, 4) == 0 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
            Files.write(dir.resolve("data.csv"), text().getBytes(charset));
            Path model = dir.resolve("model.nn");
            String text = MODELS.get(Math.floorMod(this.model, MODELS.size()));
            Files.writeString(model, text);
            return new SourceFile("model.nn", model, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "CsvCase[" + MODELS.get(Math.floorMod(model, MODELS.size())) + ", " + mutations
                + "]\n----- damaged data.csv -----\n" + text() + "\n----------------------------";
    }
}
