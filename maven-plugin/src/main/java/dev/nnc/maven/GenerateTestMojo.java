package dev.nnc.maven;

import java.io.File;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.sonatype.plexus.build.incremental.BuildContext;

/**
 * The {@code generate} goal for networks only tests use: compiles {@code src/test/nn/**}{@code /*.nn}
 * into {@code target/generated-test-sources/nnc}, added to the test sources (verification tests,
 * with {@code generateTests}, go there too).
 */
@Mojo(name = "generate-test", defaultPhase = LifecyclePhase.GENERATE_TEST_SOURCES, threadSafe = true)
public final class GenerateTestMojo extends AbstractGenerateMojo {
    /** The folder scanned for test models. */
    @Parameter(property = "nnc.testSourceDirectory", defaultValue = "${project.basedir}/src/test/nn", required = true)
    private File testSourceDirectory;

    /** Where the test networks' classes (and their verification tests) are written. */
    @Parameter(property = "nnc.testOutputDirectory",
            defaultValue = "${project.build.directory}/generated-test-sources/nnc", required = true)
    private File testOutputDirectory;

    /** Skipped with the tests' compilation ({@code -Dmaven.test.skip}). */
    @Parameter(property = "maven.test.skip", defaultValue = "false")
    private boolean skipTestCompilation;

    @Inject
    public GenerateTestMojo(BuildContext buildContext) {
        super(buildContext);
    }

    @Override
    protected File sourceDirectory() {
        return testSourceDirectory;
    }

    @Override
    protected File outputDirectory() {
        return testOutputDirectory;
    }

    @Override
    protected File testsDirectory() {
        return testOutputDirectory;
    }

    @Override
    protected boolean skipped() {
        return super.skipped() || skipTestCompilation;
    }

    @Override
    protected void addSourceRoots(GenerateRequest request) {
        project.addTestCompileSourceRoot(request.outputDirectory().toString());
    }
}
