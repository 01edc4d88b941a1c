package dev.nnc.maven;

import java.io.File;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.sonatype.plexus.build.incremental.BuildContext;

/**
 * Compiles {@code src/main/nn/**}{@code /*.nn} into Java sources in
 * {@code target/generated-sources/nnc}, added to the compile sources. Only models whose text, data
 * files, compiler or options changed are compiled again, and unchanged files are not rewritten.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractGenerateMojo {
    /** The folder scanned for models. */
    @Parameter(property = "nnc.sourceDirectory", defaultValue = "${project.basedir}/src/main/nn", required = true)
    private File sourceDirectory;

    /** Where the network classes are written (under their packages' folders). */
    @Parameter(property = "nnc.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/nnc",
            required = true)
    private File outputDirectory;

    /** Where the verification tests go with {@code generateTests}; added to the test sources. */
    @Parameter(property = "nnc.testsDirectory",
            defaultValue = "${project.build.directory}/generated-test-sources/nnc-tests", required = true)
    private File testsDirectory;

    @Inject
    public GenerateMojo(BuildContext buildContext) {
        super(buildContext);
    }

    @Override
    protected File sourceDirectory() {
        return sourceDirectory;
    }

    @Override
    protected File outputDirectory() {
        return outputDirectory;
    }

    @Override
    protected File testsDirectory() {
        return testsDirectory;
    }

    @Override
    protected void addSourceRoots(GenerateRequest request) {
        project.addCompileSourceRoot(request.outputDirectory().toString());
        request.testsDirectory().ifPresent(dir -> project.addTestCompileSourceRoot(dir.toString()));
    }
}
