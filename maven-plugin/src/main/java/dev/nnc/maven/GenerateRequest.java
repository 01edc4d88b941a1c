package dev.nnc.maven;

import dev.nnc.compiler.diag.ErrorLimit;
import dev.nnc.compiler.model.Precision;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One run of a generate goal, every parameter resolved: which {@code .nn} files, where their
 * classes (and verification tests) go, in which package, and how they are written.
 *
 * @param sourceDirectory the folder scanned for models; packages are derived from folders under it
 * @param includes patterns of the models to compile, relative to {@code sourceDirectory}
 * @param excludes patterns of files under {@code sourceDirectory} to leave out
 * @param outputDirectory where the network classes are written, under their packages' folders
 * @param testsDirectory where a JUnit 5 test per network is written; empty for none
 * @param packageName the package of every generated class; "" to derive it from the model's folder
 * @param vector whether input-major loop layers are written with the JDK's Vector API
 *     ({@code jdk.incubator.vector}) instead of scalar loops
 * @param stateFile the fingerprints of the last run, used to skip models that did not change
 * @param displayRoot paths in messages are written relative to this folder when they are under it
 * @param failOnMissingSources whether finding no model at all is an error
 * @param errorLimit how many errors and warnings of one model are logged; the rest are counted
 * @param precision the generated classes' precision, overriding the models' {@code precision}
 *     statements; empty to follow them
 */
public record GenerateRequest(Path sourceDirectory, List<String> includes, List<String> excludes,
                              Path outputDirectory, Optional<Path> testsDirectory, String packageName,
                              boolean vector, Path stateFile, Path displayRoot, boolean failOnMissingSources,
                              ErrorLimit errorLimit, Optional<Precision> precision) {
    /** A request that follows the models' precision statements. */
    public GenerateRequest(Path sourceDirectory, List<String> includes, List<String> excludes, Path outputDirectory,
                           Optional<Path> testsDirectory, String packageName, boolean vector, Path stateFile,
                           Path displayRoot, boolean failOnMissingSources, ErrorLimit errorLimit) {
        this(sourceDirectory, includes, excludes, outputDirectory, testsDirectory, packageName, vector, stateFile,
                displayRoot, failOnMissingSources, errorLimit, Optional.empty());
    }

    /** A request that logs the standard number of errors per model. */
    public GenerateRequest(Path sourceDirectory, List<String> includes, List<String> excludes, Path outputDirectory,
                           Optional<Path> testsDirectory, String packageName, boolean vector, Path stateFile,
                           Path displayRoot, boolean failOnMissingSources) {
        this(sourceDirectory, includes, excludes, outputDirectory, testsDirectory, packageName, vector, stateFile,
                displayRoot, failOnMissingSources, ErrorLimit.standard());
    }

    public GenerateRequest {
        sourceDirectory = sourceDirectory.toAbsolutePath().normalize();
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        outputDirectory = outputDirectory.toAbsolutePath().normalize();
        testsDirectory = testsDirectory.map(dir -> dir.toAbsolutePath().normalize());
        stateFile = stateFile.toAbsolutePath().normalize();
        displayRoot = displayRoot.toAbsolutePath().normalize();
    }

    /** {@code file} as messages show it: relative to the display root when under it, else absolute. */
    public String display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(displayRoot) && !absolute.equals(displayRoot)
                ? displayRoot.relativize(absolute).toString() : absolute.toString();
    }

    /** The options that change what is generated, as one line for the fingerprint. */
    String optionsLine(String packageOfModel) {
        return "package=" + packageOfModel + " output=" + outputDirectory
                + " tests=" + testsDirectory.map(Path::toString).orElse("none") + " vector=" + vector
                + precision.map(p -> " precision=" + p.spelling()).orElse("");
    }
}
