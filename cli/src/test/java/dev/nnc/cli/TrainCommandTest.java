package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code nnc train} on the samples: the tutorials' numbers and the accuracies the spec promises. */
class TrainCommandTest {
    private static JsonNode train(String... args) throws Exception {
        String[] all = new String[args.length + 2];
        all[0] = "train";
        all[1] = "--json";
        System.arraycopy(args, 0, all, 2, args.length);
        Cli run = Cli.run(all);
        assertEquals(0, run.exit(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void mazurOneEpoch() throws Exception {
        JsonNode json = train("../samples/mazur.nn");
        assertEquals("Mazur", json.get("network").asText());
        assertEquals(0.2983711087600027, json.get("initial_loss").asDouble(), 0.0);
        assertEquals(0.29102777369359933, json.get("final_loss").asDouble(), 0.0);
        assertEquals(0.35891647971788465, json.get("parameters").get("w5").asDouble(), 0.0);
        assertEquals(0.1497807161327628, json.get("parameters").get("w1").asDouble(), 0.0);
        assertEquals(0.35, json.get("parameters").get("b1").asDouble(), 0.0);
    }

    @Test
    void mazurTenThousandEpochs() throws Exception {
        JsonNode json = train("../samples/mazur.nn", "--epochs", "10000");
        assertEquals(3.510187782978859e-05, json.get("final_loss").asDouble(), 0.0);
        assertEquals(0.01591362044355068, json.get("outputs").get(0).get(0).asDouble(), 0.0);
        assertEquals(0.9840642735146238, json.get("outputs").get(0).get(1).asDouble(), 0.0);
        assertEquals(10000, json.get("loss_history").size());
    }

    @Test
    void linearDiverges() throws Exception {
        JsonNode json = train("../samples/linear.nn");
        assertEquals(1.59561248, json.get("loss_history").get(0).asDouble(), 1e-15);
        assertEquals(49.24728928473661, json.get("loss_history").get(1).asDouble(), 0.0);
    }

    @Test
    void xorLearnsPerfectly() throws Exception {
        assertEquals(1.0, train("../samples/xor.nn").get("accuracy").asDouble(), 0.0);
    }

    @Test
    void irisReachesNinetyThreePercentOnHeldOutData() throws Exception {
        JsonNode json = train("../samples/iris.nn");
        assertTrue(json.get("test_accuracy").asDouble() >= 0.93, json.toString());
        assertTrue(json.get("test_loss").asDouble() < json.get("initial_loss").asDouble());
    }

    @Test
    void breastCancerReachesNinetyFivePercentOnHeldOutData() throws Exception {
        JsonNode json = train("../samples/breast_cancer.nn");
        assertTrue(json.get("test_accuracy").asDouble() >= 0.95, json.get("test_accuracy").toString());
    }

    @Test
    void everySampleTrainsAndLowersItsLoss() throws Exception {
        for (String sample : new String[] {"activation_tanh", "activation_relu", "activation_leaky_relu",
            "softmax_cross_entropy", "sigmoid_bce"}) {
            JsonNode json = train("../samples/" + sample + ".nn");
            assertTrue(json.get("final_loss").asDouble() < json.get("initial_loss").asDouble() / 2, sample + ": " + json);
        }
    }

    @Test
    void flagsOverrideTheFile() throws Exception {
        JsonNode slow = train("../samples/mazur.nn", "--epochs", "3", "--rate", "0.1");
        JsonNode fast = train("../samples/mazur.nn", "--epochs", "3");
        assertEquals(3, slow.get("loss_history").size());
        assertTrue(slow.get("parameters").get("w5").asDouble() > fast.get("parameters").get("w5").asDouble(),
                "a smaller rate moves w5 (from 0.40, falling) less");
    }

    @Test
    void humanSummary() {
        Cli run = Cli.run("train", "../samples/mazur.nn");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("0.2983711087600027 -> 0.29102777369359933"), run.out());
        assertTrue(run.out().contains("w5   = 0.35891647971788465"), run.out());
    }
}
