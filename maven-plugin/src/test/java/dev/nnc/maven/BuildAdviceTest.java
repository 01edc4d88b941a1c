package dev.nnc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;
import org.apache.maven.model.Plugin;
import org.junit.jupiter.api.Test;

class BuildAdviceTest {
    private static Plugin plugin(String artifactId, String version) {
        Plugin plugin = new Plugin();
        plugin.setArtifactId(artifactId); // the group defaults to org.apache.maven.plugins
        plugin.setVersion(version);
        return plugin;
    }

    private static Properties release() {
        Properties properties = new Properties();
        properties.setProperty("maven.compiler.release", "17");
        return properties;
    }

    @Test
    void maven38DefaultsGetBothWarnings() {
        List<String> warnings = BuildAdvice.warnings(List.of(plugin("maven-compiler-plugin", "3.1"),
                plugin("maven-surefire-plugin", "2.12.4")), release(), true);
        assertEquals(List.of("nnc: generateTests is on but maven-surefire-plugin 2.12.4 cannot run JUnit 5 tests: the "
                        + "generated tests would silently not run (Tests run: 0); set the plugin's <version> to 3.5.2 "
                        + "(2.22.0 or later) in <build><plugins>",
                "nnc: maven.compiler.release is set but maven-compiler-plugin 3.1 ignores it (it needs 3.6 or later); "
                        + "set the plugin's <version> to 3.13.0 in <build><plugins>"), warnings);
    }

    @Test
    void pinnedVersionsOrNoGeneratedTestsGetNone() {
        assertEquals(List.of(), BuildAdvice.warnings(List.of(plugin("maven-compiler-plugin", "3.13.0"),
                plugin("maven-surefire-plugin", "3.5.2")), release(), true));
        assertEquals(List.of(), BuildAdvice.warnings(List.of(plugin("maven-surefire-plugin", "2.22.2")), release(), true));
        assertEquals(List.of(), BuildAdvice.warnings(List.of(plugin("maven-surefire-plugin", "2.12.4")),
                new Properties(), false));
        assertEquals(List.of(), BuildAdvice.warnings(List.of(plugin("maven-compiler-plugin", "3.1")), new Properties(),
                false), "no release property: source and target work with 3.1");
    }

    @Test
    void versionsCompareByNumber() {
        assertTrue(BuildAdvice.below("2.12.4", 2, 22));
        assertTrue(BuildAdvice.below("2.9", 2, 22));
        assertFalse(BuildAdvice.below("2.22.0", 2, 22));
        assertFalse(BuildAdvice.below("3.0.0-M5", 2, 22));
        assertFalse(BuildAdvice.below("${surefire.version}", 2, 22));
        assertTrue(BuildAdvice.below("3.5.1", 3, 6));
        assertFalse(BuildAdvice.below("10.0", 3, 6));
    }
}
