package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The shared conformance suite, in-process: {@code nnc train --json} on every model agrees with
 * the reference results to 1e-9 (what {@code ../shared/conformance/check.py} checks).
 */
class ConformanceTest {
    private static final Path ROOT = Path.of("../../shared/conformance");

    @TestFactory
    Stream<DynamicTest> everyModelMatchesItsReference() throws IOException {
        assumeTrue(Files.isDirectory(ROOT.resolve("expected")), "no shared conformance suite beside the project");
        List<Path> expected;
        try (Stream<Path> files = Files.list(ROOT.resolve("expected"))) {
            expected = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        return expected.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String stem = file.getFileName().toString().replace(".json", "");
            String[] parts = stem.split("@");
            List<String> args = new ArrayList<>(List.of("train", "--json", ROOT.resolve("models/" + parts[0] + ".nn").toString()));
            if (parts.length > 1) {
                args.addAll(List.of("--epochs", parts[1]));
            }
            Cli run = Cli.run(args.toArray(String[]::new));
            assertEquals(0, run.exit(), run.err());
            ObjectMapper json = new ObjectMapper();
            List<String> errors = new ArrayList<>();
            compare("", json.readTree(run.out()), json.readTree(file.toFile()), errors);
            assertTrue(errors.isEmpty(), String.join("\n", errors.subList(0, Math.min(5, errors.size()))));
        }));
    }

    private static void compare(String path, JsonNode got, JsonNode want, List<String> errors) {
        if (want.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = want.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode value = got.get(field.getKey());
                if (value == null) {
                    errors.add(path + "." + field.getKey() + ": missing");
                } else {
                    compare(path + "." + field.getKey(), value, field.getValue(), errors);
                }
            }
        } else if (want.isArray()) {
            if (!got.isArray() || got.size() != want.size()) {
                errors.add(path + ": expected a list of " + want.size());
                return;
            }
            for (int i = 0; i < want.size(); i++) {
                compare(path + "[" + i + "]", got.get(i), want.get(i), errors);
            }
        } else if (want.isNumber()) {
            double a = got.asDouble();
            double b = want.asDouble();
            if (!got.isNumber() || Math.abs(a - b) > Math.max(1e-12, 1e-9 * Math.max(Math.abs(a), Math.abs(b)))) {
                errors.add(path + ": got " + got + ", expected " + want);
            }
        } else if (!got.equals(want)) {
            errors.add(path + ": got " + got + ", expected " + want);
        }
    }
}
