package dev.nnc.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.model.Plugin;

/**
 * Warnings about a build that would silently not do what nnc's output needs, from the versions of
 * its build plugins (as the effective POM has them, Maven's default versions included): the
 * generated JUnit 5 tests only run with maven-surefire-plugin 2.22.0 or later (older ones report
 * "Tests run: 0"), and {@code maven.compiler.release} needs maven-compiler-plugin 3.6 or later.
 */
final class BuildAdvice {
    /** The versions the README and docs/maven.md pin. */
    static final String SUREFIRE_PIN = "3.5.2";
    static final String COMPILER_PIN = "3.13.0";

    private static final Pattern VERSION = Pattern.compile("(\\d+)(?:\\.(\\d+))?");

    private BuildAdvice() {
    }

    /** The warnings for a project with these build plugins and properties; {@code generateTests} as configured. */
    static List<String> warnings(List<Plugin> plugins, Properties properties, boolean generateTests) {
        List<String> warnings = new ArrayList<>();
        Optional<String> surefire = version(plugins, "maven-surefire-plugin");
        if (generateTests && surefire.filter(v -> below(v, 2, 22)).isPresent()) {
            warnings.add("nnc: generateTests is on but maven-surefire-plugin " + surefire.get() + " cannot run JUnit 5 "
                    + "tests: the generated tests would silently not run (Tests run: 0); set the plugin's <version> to "
                    + SUREFIRE_PIN + " (2.22.0 or later) in <build><plugins>");
        }
        Optional<String> compiler = version(plugins, "maven-compiler-plugin");
        if (properties.containsKey("maven.compiler.release") && compiler.filter(v -> below(v, 3, 6)).isPresent()) {
            warnings.add("nnc: maven.compiler.release is set but maven-compiler-plugin " + compiler.get() + " ignores "
                    + "it (it needs 3.6 or later); set the plugin's <version> to " + COMPILER_PIN + " in <build><plugins>");
        }
        return warnings;
    }

    private static Optional<String> version(List<Plugin> plugins, String artifactId) {
        return plugins.stream()
                .filter(p -> artifactId.equals(p.getArtifactId()) && "org.apache.maven.plugins".equals(p.getGroupId()))
                .map(Plugin::getVersion).filter(v -> v != null && !v.isBlank()).findFirst();
    }

    /** Whether {@code version} is below {@code major.minor}; a version that is not numbers (a property) is not. */
    static boolean below(String version, int major, int minor) {
        Matcher m = VERSION.matcher(version.trim());
        if (!m.lookingAt()) {
            return false;
        }
        int found = Integer.parseInt(m.group(1));
        int foundMinor = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return found < major || found == major && foundMinor < minor;
    }
}
