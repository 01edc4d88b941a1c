package dev.nnc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnc.compiler.diag.Severity;
import java.io.File;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.sonatype.plexus.build.incremental.BuildContext;
import org.sonatype.plexus.build.incremental.DefaultBuildContext;

/** Problems reach the log in nnc's own form, and an IDE's build context as markers. */
class MavenBuildEnvironmentTest {
    private final List<String> log = new ArrayList<>();
    private final List<String> context = new ArrayList<>();

    private final Problem error = new Problem(Path.of("/p/src/main/nn/broken.nn"), 4, 16, Severity.ERROR,
            "unknown activation 'sigmod' [E010]", List.of("src/main/nn/broken.nn:4:16: error: unknown activation "
            + "'sigmod' [E010]", "    layer h[2] sigmod", "               ^~~~~~"));

    @Test
    void insideAnIdeProblemsBecomeMarkersAtTheirLineAndColumn() {
        MavenBuildEnvironment build = new MavenBuildEnvironment(ideContext(), recordingLog());
        build.clearProblems(Path.of("/p/src/main/nn/broken.nn"));
        build.report(error);
        build.report(new Problem(Path.of("/p/a.nn"), 2, 5, Severity.WARNING, "w [W001]", List.of("a.nn:2:5: warning: w [W001]")));
        assertEquals(List.of(
                "removeMessages /p/src/main/nn/broken.nn",
                "addMessage /p/src/main/nn/broken.nn 4 16 unknown activation 'sigmod' [E010] " + BuildContext.SEVERITY_ERROR,
                "addMessage /p/a.nn 2 5 w [W001] " + BuildContext.SEVERITY_WARNING), context);
        assertEquals(List.of("error src/main/nn/broken.nn:4:16: error: unknown activation 'sigmod' [E010]",
                "error     layer h[2] sigmod", "error                ^~~~~~", "warn a.nn:2:5: warning: w [W001]"), log);
    }

    @Test
    void onTheCommandLineProblemsAreLoggedOnceInNncsForm() {
        MavenBuildEnvironment build = new MavenBuildEnvironment(new DefaultBuildContext() {
            @Override
            public void addMessage(File file, int line, int column, String message, int severity, Throwable cause) {
                context.add("addMessage " + file);
            }
        }, recordingLog());
        build.report(error);
        assertEquals(List.of(), context, "the default context would log it again, as '/p/... [4:16]: ...'");
        assertEquals(3, log.size());
    }

    private BuildContext ideContext() {
        return (BuildContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {BuildContext.class},
                (proxy, method, args) -> {
                    context.add(method.getName() + " " + Arrays.stream(args).map(String::valueOf)
                            .filter(a -> !a.equals("null")).reduce((a, b) -> a + " " + b).orElse(""));
                    return null;
                });
    }

    private SystemStreamLog recordingLog() {
        return new SystemStreamLog() {
            @Override
            public void error(CharSequence content) {
                log.add("error " + content);
            }

            @Override
            public void warn(CharSequence content) {
                log.add("warn " + content);
            }
        };
    }
}
