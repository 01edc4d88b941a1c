package dev.nnc.maven;

import dev.nnc.runtime.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.logging.Log;
import org.sonatype.plexus.build.incremental.BuildContext;
import org.sonatype.plexus.build.incremental.DefaultBuildContext;

/**
 * The build environment of a Maven run: files go through the build context (so an IDE refreshes
 * them), problems go to the log in nnc's own {@code FILE:LINE:COLUMN: error:} form and, inside an
 * IDE, to the build context as markers on the file.
 */
final class MavenBuildEnvironment implements BuildEnvironment {
    private final BuildContext context;
    private final Log log;
    private final boolean insideIde;

    MavenBuildEnvironment(BuildContext context, Log log) {
        this.context = context;
        this.log = log;
        // On the command line the default context would log every marker a second time, in its own form.
        this.insideIde = !(context instanceof DefaultBuildContext);
    }

    @Override
    public void write(Path file, byte[] content) throws IOException {
        AtomicFiles.write(file, content);
        context.refresh(file.toFile());
    }

    @Override
    public void refresh(Path file) {
        context.refresh(file.toFile());
    }

    @Override
    public void clearProblems(Path file) {
        context.removeMessages(file.toFile());
    }

    @Override
    public void report(Problem problem) {
        for (String line : problem.logLines()) {
            if (problem.isError()) {
                log.error(line);
            } else {
                log.warn(line);
            }
        }
        if (insideIde) {
            context.addMessage(problem.file().toFile(), problem.line(), problem.column(), problem.message(),
                    problem.isError() ? BuildContext.SEVERITY_ERROR : BuildContext.SEVERITY_WARNING, null);
        }
    }

    @Override
    public void info(String line) {
        log.info(line);
    }
}
