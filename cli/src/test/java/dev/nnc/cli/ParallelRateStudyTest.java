package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * A learning-rate study trains its rates in parallel ({@code --threads}, every core by default) and gives
 * what training each rate alone gives, bit for bit, in the order the rates were given.
 */
class ParallelRateStudyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(int exit, String... args) throws Exception {
        Cli run = Cli.run(args);
        assertEquals(exit, run.exit(), run.err());
        return JSON.readTree(run.out());
    }

    @Test
    void aStudyWithShufflingAndEarlyStoppingEqualsEachRateTrainedAlone() throws Exception {
        String[] rates = {"0.03", "0.001", "0.01", "0.003"};
        JsonNode study = json(0, "train", "--json", "../samples/breast_cancer_diagnosis.nn", "--threads", "3",
                "--rate", String.join(",", rates));
        JsonNode runs = study.get("runs");
        assertEquals(rates.length, runs.size());
        int stoppedEarly = 0;
        for (int r = 0; r < rates.length; r++) {
            JsonNode alone = json(0, "train", "--json", "../samples/breast_cancer_diagnosis.nn", "--rate", rates[r]);
            assertEquals(alone, runs.get(r), "rate " + rates[r] + ": the study's run is the run alone");
            assertEquals(Double.parseDouble(rates[r]), runs.get(r).get("rate").asDouble(), 0.0, "in the order given");
            if (runs.get(r).get("loss_history").size() < 300) {
                stoppedEarly++;
            }
        }
        assertTrue(stoppedEarly > 0, "some run stops early, so early stopping is compared too: " + study);
    }

    @Test
    void oneThreadGivesWhatTheDefaultGives() throws Exception {
        String[] args = {"train", "--json", "../samples/iris.nn", "--epochs", "60", "--rate", "0.001,0.003,0.01,0.03"};
        JsonNode byDefault = json(0, args);
        String[] sequential = new String[args.length + 2];
        System.arraycopy(args, 0, sequential, 0, args.length);
        sequential[args.length] = "--threads";
        sequential[args.length + 1] = "1";
        assertEquals(byDefault, json(0, sequential));
        assertEquals(4, byDefault.get("runs").size());
    }

    @Test
    void aRunThatDivergesIsReportedAndTheOthersStillAre() throws Exception {
        Cli run = Cli.run("train", "--json", "../samples/linear.nn", "--epochs", "20", "--threads", "3",
                "--rate", "0.001,0.05,0.002");
        assertEquals(1, run.exit(), run.err());
        JsonNode study = JSON.readTree(run.out());
        JsonNode runs = study.get("runs");
        assertEquals(3, runs.size());
        assertEquals(json(0, "train", "--json", "../samples/linear.nn", "--epochs", "20", "--rate", "0.001"),
                runs.get(0));
        assertEquals(json(1, "train", "--json", "../samples/linear.nn", "--epochs", "20", "--rate", "0.05"),
                runs.get(1));
        assertEquals(json(0, "train", "--json", "../samples/linear.nn", "--epochs", "20", "--rate", "0.002"),
                runs.get(2));
        assertEquals(20, runs.get(2).get("loss_history").size());
        assertTrue(study.get("error").asText().startsWith("training diverged at epoch 7, sample 1"), study.toString());
        assertTrue(run.err().contains("the learning rate 0.05 is probably too high"), run.err());
    }

    @Test
    void threadsMustBePositive() {
        Cli run = Cli.run("train", "../samples/linear.nn", "--rate", "0.001,0.002", "--threads", "0");
        assertEquals(Main.USAGE, run.exit());
        assertTrue(run.err().contains("--threads must be 1 or more, not 0"), run.err());
    }
}
