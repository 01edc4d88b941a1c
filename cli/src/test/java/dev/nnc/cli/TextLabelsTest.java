package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Iris with the species written out (samples/iris_species.nn: the label column named, an id column
 * ignored) trains exactly as iris with class numbers, and shows the species wherever classes appear.
 */
class TextLabelsTest {
    private static final String NUMBERS = "../samples/iris.nn";
    private static final String SPECIES = "../samples/iris_species.nn";

    @TempDir
    Path dir;

    @Test
    void speciesNamesTrainExactlyAsClassNumbers() throws Exception {
        Cli numbers = Cli.run("train", "--json", NUMBERS);
        Cli species = Cli.run("train", "--json", SPECIES);
        assertEquals(0, numbers.exit(), numbers.err());
        assertEquals(0, species.exit(), species.err());
        JsonNode n = new ObjectMapper().readTree(numbers.out());
        JsonNode s = new ObjectMapper().readTree(species.out());
        assertTrue(s.get("test_accuracy").asDouble() >= 0.93, s.toString());
        assertEquals(n.get("test_accuracy"), s.get("test_accuracy"));
        assertEquals(n.get("final_loss"), s.get("final_loss"));
        assertEquals(n.get("parameters"), s.get("parameters"));
        assertEquals(n.get("test_confusion"), s.get("test_confusion"));
        assertEquals("[\"setosa\",\"versicolor\",\"virginica\"]", s.get("classes").toString());
        assertEquals("[\"0\",\"1\",\"2\"]", n.get("classes").toString());
    }

    @Test
    void theConfusionMatrixNamesTheSpecies() {
        Cli species = Cli.run("train", "-q", SPECIES);
        assertEquals(0, species.exit(), species.err());
        String nl = System.lineSeparator();
        assertTrue(species.out().contains(
                "  confusion matrix, test data (rows: true class, columns: predicted class)" + nl
                        + "                 setosa versicolor  virginica" + nl
                        + "      setosa         10          0          0" + nl), species.out());
        assertTrue(species.out().contains("   virginica"), species.out());
    }

    @Test
    void predictPrintsTheSpeciesAndDropsTheIgnoredColumn() throws Exception {
        Path weights = dir.resolve("species.json");
        Cli train = Cli.run("train", "-q", SPECIES, "--save", weights.toString());
        assertEquals(0, train.exit(), train.err());
        assertTrue(Files.readString(weights).contains("\"classes\": [\"setosa\", \"versicolor\", \"virginica\"]"));
        Path input = dir.resolve("flowers.csv");
        Files.writeString(input, "id,sepal_length,sepal_width,petal_length,petal_width\nq1,5.1,3.5,1.4,0.2\n"
                + "q2,6.3,3.3,6,2.5\n");
        Cli predict = Cli.run("predict", SPECIES, "--weights", weights.toString(), input.toString(), "--header");
        assertEquals(0, predict.exit(), predict.err());
        List<String> lines = predict.out().lines().toList();
        assertEquals("p1,p2,p3,class", lines.get(0));
        assertTrue(lines.get(1).endsWith(",setosa"), lines.get(1));
        assertTrue(lines.get(2).endsWith(",virginica"), lines.get(2));
        assertEquals(4, lines.get(1).split(",").length);
    }

    @Test
    void aTestLabelThatIsNotATrainingClassIsAnErrorAtItsCell() throws Exception {
        Path model = dir.resolve("species.nn");
        Files.writeString(model, Files.readString(Path.of(SPECIES))
                .replace("data/iris-species-train.csv", Path.of("../samples/data/iris-species-train.csv")
                        .toAbsolutePath().normalize().toString().replace('\\', '/'))
                .replace("data/iris-species-test.csv", "test.csv"));
        Files.writeString(dir.resolve("test.csv"), "id,species,sepal_length,sepal_width,petal_length,petal_width\n"
                + "t1,setosa,5.1,3.5,1.4,0.2\nt2,Iris-virginica,6.3,3.3,6,2.5\n");
        Cli train = Cli.run("train", "-q", model.toString());
        assertEquals(1, train.exit());
        assertTrue(train.err().contains("test.csv:3:4: error: class label 'Iris-virginica' is not a class of the"
                + " training data (its classes: setosa, versicolor, virginica) [E060]"), train.err());
    }
}
