package dev.nnc.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.build.incremental.DefaultBuildContext;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The goals as Maven runs them, parameters injected into their fields: the {@code vector}
 * parameter reaches the request, and its hint is logged once per build.
 */
class GenerateMojoTest {
    private static final String WIDE = """
            network Wide {
                input x[3]
                layer h[8] sigmoid loop
                layer o[2] sigmoid
                loss half_sse
                weights init xavier seed = 1
                optimizer sgd(rate = 0.1)
            }
            """;

    @TempDir
    Path dir;

    private final List<String> info = new ArrayList<>();

    @Test
    void bothGoalsHaveTheVectorParameterOffByDefault() throws Exception {
        Element plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("target/classes/META-INF/maven/plugin.xml").toFile()).getDocumentElement();
        Map<String, String> vectorByGoal = new TreeMap<>();
        NodeList mojos = plugin.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            NodeList vector = ((Element) mojo.getElementsByTagName("configuration").item(0))
                    .getElementsByTagName("vector");
            if (vector.getLength() == 1) {
                Element v = (Element) vector.item(0);
                vectorByGoal.put(mojo.getElementsByTagName("goal").item(0).getTextContent(),
                        v.getAttribute("implementation") + " " + v.getAttribute("default-value") + " " + v.getTextContent());
            }
        }
        assertEquals(Map.of("generate", "boolean false ${nnc.vector}", "generate-test", "boolean false ${nnc.vector}"),
                vectorByGoal);
    }

    @Test
    void theRequestCarriesTheFlag() throws Exception {
        GenerateMojo off = generate(new MavenProject(), false);
        GenerateMojo on = generate(new MavenProject(), true);
        assertFalse(off.request().vector());
        assertTrue(on.request().vector());
        assertTrue(on.request().optionsLine("com.example").endsWith(" vector=true"), on.request().optionsLine("p"));
        GenerateTestMojo testGoal = generateTest(new MavenProject(), true);
        assertTrue(testGoal.request().vector());
        assertEquals(dir.resolve("src/test/nn"), testGoal.request().sourceDirectory());
    }

    @Test
    void thePrecisionParameterOverridesTheModelsStatementAndIsChecked() throws Exception {
        write("src/main/nn/mazur.nn", Files.readString(Path.of("../samples/mazur.nn")));
        GenerateMojo unset = generate(new MavenProject(), false);
        assertEquals(java.util.Optional.empty(), unset.request().precision());
        GenerateMojo single = generate(new MavenProject(), false);
        set(single, "precision", "float");
        assertEquals(java.util.Optional.of(dev.nnc.compiler.model.Precision.FLOAT), single.request().precision());
        assertTrue(single.request().optionsLine("p").endsWith(" vector=false precision=float"));
        single.execute();
        try (java.util.stream.Stream<Path> files = Files.walk(dir.resolve("target/generated-sources/nnc"))) {
            Path mazur = files.filter(f -> f.endsWith("Mazur.java")).findFirst().orElseThrow();
            assertTrue(Files.readString(mazur).contains("public float w1;"));
        }
        GenerateMojo wrong = generate(new MavenProject(), false);
        set(wrong, "precision", "half");
        org.apache.maven.plugin.MojoFailureException refused =
                org.junit.jupiter.api.Assertions.assertThrows(org.apache.maven.plugin.MojoFailureException.class,
                        wrong::request);
        assertEquals("nnc: precision must be float or double, not 'half'", refused.getMessage());
    }

    @Test
    void theHintIsLoggedOncePerBuildWhicheverGoalsGenerateVectorApiClasses() throws Exception {
        write("src/main/nn/wide.nn", WIDE);
        write("src/test/nn/wide.nn", WIDE.replace("Wide", "WideTest"));
        MavenProject project = new MavenProject();
        generate(project, true).execute();
        generateTest(project, true).execute();
        assertEquals(List.of(AbstractGenerateMojo.VECTOR_API_HINT), hints());
        assertTrue(info.contains("nnc: 1 of 1 network regenerated (0 up to date); files: 1 written, 0 unchanged, 0 deleted"),
                info.toString());

        // The next build (a new project object) is told again, though nothing is regenerated.
        info.clear();
        generate(new MavenProject(), true).execute();
        assertEquals(List.of("nnc: 0 of 1 network regenerated (1 up to date); files: 0 written, 0 unchanged, 0 deleted",
                AbstractGenerateMojo.VECTOR_API_HINT), info);
    }

    @Test
    void theHintSaysWhatToAddToTheBuild() {
        assertEquals("nnc: the generated classes use the Vector API (jdk.incubator.vector), so javac and every JVM "
                + "that runs them, tests included, need --add-modules jdk.incubator.vector; add "
                + "<compilerArgs><arg>--add-modules</arg><arg>jdk.incubator.vector</arg></compilerArgs> to the "
                + "maven-compiler-plugin's <configuration> and <argLine>--add-modules jdk.incubator.vector</argLine> "
                + "to the maven-surefire-plugin's", AbstractGenerateMojo.VECTOR_API_HINT);
    }

    @Test
    void noHintWithoutTheOptionOrWithoutAClassThatUsesIt() throws Exception {
        write("src/main/nn/wide.nn", WIDE);
        write("src/test/nn/mazur.nn", Files.readString(Path.of("../samples/mazur.nn")));
        generate(new MavenProject(), false).execute();
        assertTrue(Files.readString(dir.resolve("target/generated-sources/nnc/com/example/Wide.java"))
                .contains("public final class Wide"));
        generateTest(new MavenProject(), true).execute(); // unrolled whole: nothing to vectorise
        assertEquals(List.of(), hints());
        assertEquals(List.of("nnc: compiled " + dir.resolve("src/main/nn/wide.nn") + " -> com.example.Wide",
                "nnc: 1 of 1 network regenerated (0 up to date); files: 1 written, 0 unchanged, 0 deleted",
                "nnc: compiled " + dir.resolve("src/test/nn/mazur.nn") + " -> com.example.Mazur",
                "nnc: 1 of 1 network regenerated (0 up to date); files: 1 written, 0 unchanged, 0 deleted"), info);
    }

    private List<String> hints() {
        return info.stream().filter(line -> line.contains("--add-modules")).toList();
    }

    private void write(String path, String text) throws Exception {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private GenerateMojo generate(MavenProject project, boolean vector) throws Exception {
        GenerateMojo mojo = new GenerateMojo(new DefaultBuildContext());
        inject(mojo, project, "generate", vector);
        set(mojo, "sourceDirectory", dir.resolve("src/main/nn").toFile());
        set(mojo, "outputDirectory", dir.resolve("target/generated-sources/nnc").toFile());
        set(mojo, "testsDirectory", dir.resolve("target/generated-test-sources/nnc-tests").toFile());
        return mojo;
    }

    private GenerateTestMojo generateTest(MavenProject project, boolean vector) throws Exception {
        GenerateTestMojo mojo = new GenerateTestMojo(new DefaultBuildContext());
        inject(mojo, project, "generate-test", vector);
        set(mojo, "testSourceDirectory", dir.resolve("src/test/nn").toFile());
        set(mojo, "testOutputDirectory", dir.resolve("target/generated-test-sources/nnc").toFile());
        return mojo;
    }

    /** What Maven injects into every goal, as it does: into the fields. */
    private void inject(AbstractGenerateMojo mojo, MavenProject project, String goal, boolean vector) throws Exception {
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                info.add(content.toString());
            }
        });
        set(mojo, "project", project);
        set(mojo, "execution", new MojoExecution(new Plugin(), goal, "default"));
        set(mojo, "buildDirectory", new File(dir.toFile(), "target"));
        set(mojo, "packageName", "com.example");
        set(mojo, "vector", vector);
    }

    private static void set(Object mojo, String name, Object value) throws Exception {
        for (Class<?> type = mojo.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(mojo, value);
                return;
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        throw new NoSuchFieldException(name);
    }
}
