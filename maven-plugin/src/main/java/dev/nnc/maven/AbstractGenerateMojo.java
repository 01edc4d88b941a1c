package dev.nnc.maven;

import dev.nnc.compiler.diag.ErrorLimit;
import dev.nnc.compiler.load.InMemoryCompiler;
import dev.nnc.compiler.model.Precision;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.sonatype.plexus.build.incremental.BuildContext;

/**
 * What both goals share: the parameters that are not about folders, the mapping to an immutable
 * {@link GenerateRequest}, and the mapping of the outcome to Maven's exceptions (errors in models
 * fail the build; I/O failures and bugs are execution errors).
 */
public abstract class AbstractGenerateMojo extends AbstractMojo {
    /** At most this many errors are repeated in the build failure's message (all are in the log). */
    private static final int ERRORS_IN_FAILURE = 20;

    /** The module classes written with {@link #vector} need, as javac and the JVM are told to add it. */
    private static final String ADD_MODULES = "--add-modules " + InMemoryCompiler.VECTOR_MODULE;

    /**
     * Logged once per project and build when {@link #vector} is on and a generated class uses the
     * Vector API: what to add to the compiler's and surefire's configuration.
     */
    static final String VECTOR_API_HINT = "nnc: the generated classes use the Vector API (jdk.incubator.vector), so "
            + "javac and every JVM that runs them, tests included, need " + ADD_MODULES + "; add "
            + "<compilerArgs><arg>--add-modules</arg><arg>" + InMemoryCompiler.VECTOR_MODULE + "</arg></compilerArgs> "
            + "to the maven-compiler-plugin's <configuration> and <argLine>" + ADD_MODULES + "</argLine> to the "
            + "maven-surefire-plugin's";

    /** The project's context key recording that {@link #VECTOR_API_HINT} was logged in this build. */
    private static final String VECTOR_API_HINTED = AbstractGenerateMojo.class.getName() + ".vectorApiHinted";

    /** The project's context key (followed by the warning) recording that one of {@link BuildAdvice}'s warnings was given in this build. */
    private static final String BUILD_ADVISED = AbstractGenerateMojo.class.getName() + ".buildAdvised";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    protected MojoExecution execution;

    private final BuildContext buildContext;

    /**
     * The Java package of every generated class. When not set, each model's package comes from its
     * folder under the source folder: {@code src/main/nn/com/example/mazur.nn} gives {@code com.example}.
     */
    @Parameter(property = "nnc.packageName")
    protected String packageName;

    /**
     * Patterns of the models to compile, relative to the source folder. Default: {@code **}{@code /*.nn}
     * and {@code **}{@code /*.onnx} (ONNX models are imported, then compiled like .nn files).
     */
    @Parameter(property = "nnc.includes")
    protected List<String> includes;

    /** Patterns of files under the source folder to leave out. */
    @Parameter(property = "nnc.excludes")
    protected List<String> excludes;

    /**
     * Also write a JUnit 5 test per network ({@code <Network>GeneratedTest}) that checks its gradient
     * against finite differences, that one training step lowers the loss and that its copy() predicts
     * the same and trains apart. The project then needs
     * {@code org.junit.jupiter:junit-jupiter} in test scope.
     */
    @Parameter(property = "nnc.generateTests", defaultValue = "false")
    protected boolean generateTests;

    /**
     * Write input-major loop layers with the JDK's incubating Vector API ({@code jdk.incubator.vector}):
     * faster on CPUs with 256-bit vectors, same results to the bit. javac and the JVM that runs the
     * classes (surefire's {@code argLine} too) then need {@code --add-modules jdk.incubator.vector}.
     */
    @Parameter(property = "nnc.vector", defaultValue = "false")
    protected boolean vector;

    /**
     * {@code float} or {@code double}: the number type of every generated class, whatever the models'
     * {@code precision} statements say. Unset, each model's statement decides (double without one).
     */
    @Parameter(property = "nnc.precision")
    protected String precision;

    /**
     * At most this many errors (and this many warnings) of one model are logged, then how many more
     * there are, like javac's 100; 0 logs them all.
     */
    @Parameter(property = "nnc.maxErrors", defaultValue = "" + ErrorLimit.DEFAULT)
    protected int maxErrors = ErrorLimit.DEFAULT;

    /** Fail the build when there is no model to compile (by default that is only logged). */
    @Parameter(property = "nnc.failOnMissingSources", defaultValue = "false")
    protected boolean failOnMissingSources;

    /** Skip the goal ({@code -Dnnc.skip} skips both goals). */
    @Parameter(property = "nnc.skip", defaultValue = "false")
    protected boolean skip;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    protected File buildDirectory;

    /** A goal reporting through {@code buildContext}: files written and problems found reach an IDE through it. */
    protected AbstractGenerateMojo(BuildContext buildContext) {
        this.buildContext = buildContext;
    }

    /** The folder scanned for models. */
    protected abstract File sourceDirectory();

    /** Where the network classes go. */
    protected abstract File outputDirectory();

    /** Where the verification tests go when {@link #generateTests} is on. */
    protected abstract File testsDirectory();

    /** Adds the folders written to the project's compile or test-compile sources. */
    protected abstract void addSourceRoots(GenerateRequest request);

    /** Whether this goal has a reason of its own to do nothing. */
    protected boolean skipped() {
        return skip;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            getLog().info("nnc: skipped");
            return;
        }
        GenerateRequest request = request();
        GenerateSummary summary;
        try {
            summary = new SourceGenerator(request, new MavenBuildEnvironment(buildContext, getLog()),
                    CompilerIdentity.current()).run();
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("nnc: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("nnc: internal error (please report it with the model): " + e, e);
        }
        if (summary.networks() > 0) {
            addSourceRoots(request);
            getLog().info(summary.describe());
            hintVectorApi(summary);
            warnWithoutJUnit();
            adviseOnBuildPlugins();
        }
        if (summary.hasErrors()) {
            throw new MojoFailureException(failure(summary.errors()));
        }
    }

    /** The parameters, resolved. */
    GenerateRequest request() throws MojoFailureException {
        String pkg = packageName == null ? "" : packageName.trim();
        if (!PackageNames.isValid(pkg)) {
            throw new MojoFailureException("nnc: packageName '" + pkg + "' is not a Java package name");
        }
        if (maxErrors < 0) {
            throw new MojoFailureException("nnc: maxErrors must be 0 (no limit) or more, not " + maxErrors);
        }
        Optional<Precision> chosen = precision == null || precision.isBlank() ? Optional.empty()
                : Optional.of(Precision.fromSpelling(precision.trim()).orElseThrow(() -> new MojoFailureException(
                        "nnc: precision must be float or double, not '" + precision + "'")));
        Path state = buildDirectory.toPath().resolve("nnc")
                .resolve(execution.getGoal() + "-" + execution.getExecutionId() + ".properties");
        return new GenerateRequest(sourceDirectory().toPath(),
                includes == null || includes.isEmpty() ? List.of("**/*.nn", "**/*.onnx") : includes,
                excludes == null ? List.of() : excludes,
                outputDirectory().toPath(),
                generateTests ? Optional.of(testsDirectory().toPath()) : Optional.empty(),
                pkg, vector, state, Path.of("").toAbsolutePath(), failOnMissingSources, new ErrorLimit(maxErrors),
                chosen);
    }

    /** Says how to compile and run Vector API classes: once per build, whichever goal generates them. */
    private void hintVectorApi(GenerateSummary summary) {
        if (summary.vectorApi() && project.getContextValue(VECTOR_API_HINTED) == null) {
            project.setContextValue(VECTOR_API_HINTED, Boolean.TRUE);
            getLog().info(VECTOR_API_HINT);
        }
    }

    /** Warns, once per project and build, about plugin versions that would ignore what nnc's output needs. */
    private void adviseOnBuildPlugins() {
        for (String warning : BuildAdvice.warnings(project.getBuildPlugins(), project.getProperties(), generateTests)) {
            String key = BUILD_ADVISED + ":" + warning;
            if (project.getContextValue(key) == null) {
                project.setContextValue(key, Boolean.TRUE);
                getLog().warn(warning);
            }
        }
    }

    private void warnWithoutJUnit() {
        if (generateTests && project.getDependencies().stream().noneMatch(d -> "org.junit.jupiter".equals(d.getGroupId()))) {
            getLog().warn("nnc: generateTests is on but the project does not depend on org.junit.jupiter; "
                    + "add junit-jupiter in test scope or the generated tests will not compile");
        }
    }

    private static String failure(List<String> errors) {
        StringBuilder message = new StringBuilder("nnc: ").append(errors.size())
                .append(errors.size() == 1 ? " error" : " errors").append(" in the models:");
        errors.stream().limit(ERRORS_IN_FAILURE).forEach(e -> message.append('\n').append(e));
        if (errors.size() > ERRORS_IN_FAILURE) {
            message.append("\n... and ").append(errors.size() - ERRORS_IN_FAILURE).append(" more (see the log)");
        }
        return message.toString();
    }
}
