package dev.nnc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The nnc command's own jar (cli/target/nnc.jar, what ./nnc runs without --spark) holds no Spark, and
 * asked for --spark it says how to get it instead of failing on a missing class.
 */
class DefaultJarTest {
    private static final Path JAR = Path.of("../cli/target/nnc.jar");

    @Test
    void theCommandsJarHasNoSparkAndSaysHowToRunWithIt() throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "cli/target/nnc.jar is built by the reactor before this module");
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> spark = jar.stream().map(e -> e.getName())
                    .filter(n -> n.startsWith("org/apache/spark/") || n.startsWith("scala/")
                            || n.startsWith("dev/nnc/spark/")).limit(3).toList();
            assertEquals(List.of(), spark);
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-jar", JAR.toString(), "sweep", "../samples/iris.nn",
                "--grid", "rate=0.1", "--folds", "2", "--spark", "local[2]").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, process.exitValue(), output);
        assertTrue(output.contains("nnc: error: --spark needs the nnc-spark module and Spark on the class path"), output);
    }
}
