package dev.nnc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command-line mistakes: misspelt commands, package names Java rejects, files that cannot be written. */
class UsageMistakesTest {
    private static final String MAZUR = "../samples/mazur.nn";

    @TempDir
    Path dir;

    @Test
    void aMisspeltCommandIsAUsageErrorWithTheCommandMeant() {
        Cli run = Cli.run("trian", MAZUR);
        assertEquals(2, run.exit());
        assertEquals("nnc: 'trian' is not a command; did you mean train?\nTry 'nnc --help' for usage.\n", run.err());
        assertEquals(2, Cli.run("chek", MAZUR).exit());
        assertTrue(Cli.run("bech", MAZUR, "--rounds", "1").err().contains("did you mean bench?"));
    }

    @Test
    void aFirstArgumentThatIsAFileOrEndsInDotNnIsStillAFile() throws Exception {
        Path train = Files.writeString(dir.resolve("trian"), "not a model\n");
        Cli existing = Cli.run(train.toString(), "-d", dir.toString());
        assertEquals(1, existing.exit(), "compiled as a model: " + existing.err());
        Cli missing = Cli.run("trian.nn");
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("trian.nn: error: no such file [E040]"), missing.err());
        Cli unlike = Cli.run("mymodel");
        assertEquals(1, unlike.exit(), "not close to a command: a missing file");
    }

    @Test
    void packagesJavaRejectsAreUsageErrors() {
        for (String name : new String[] {"class", "a.int", "com..example", "2d", "com.example.", "java", "java.nn"}) {
            Cli run = Cli.run(MAZUR, "-d", dir.toString(), "-p", name);
            assertEquals(2, run.exit(), name);
            assertTrue(run.err().startsWith("nnc: '" + name + "' is not a Java package name"), run.err());
        }
        assertEquals(0, Cli.run(MAZUR, "-d", dir.toString(), "-p", "com.example.nn").exit());
    }

    @Test
    void writeFailuresSayWhy() throws Exception {
        Path file = Files.writeString(dir.resolve("afile"), "");
        Cli generate = Cli.run(MAZUR, "-d", file.resolve("out").toString());
        assertEquals(1, generate.exit());
        assertEquals("nnc: error: " + file.resolve("out/Mazur.java") + ": cannot write (Not a directory)\n",
                generate.err());
        Cli explain = Cli.run("explain", MAZUR, "-o", file.resolve("x.md").toString());
        assertEquals(1, explain.exit());
        assertTrue(explain.err().startsWith("nnc: error: " + file.resolve("x.md") + ": cannot write ("), explain.err());
        assertTrue(explain.err().contains(file + " is not a folder") || explain.err().contains("Not a directory"),
                explain.err());
    }

    @Test
    void theCauseOfAFileSystemExceptionIsNamed() {
        Path target = Path.of("out/Mazur.java");
        assertEquals("out/.Mazur.java123.tmp: Permission denied",
                Reporter.cause(target, new AccessDeniedException("out/.Mazur.java123.tmp")));
        assertEquals("Permission denied", Reporter.cause(target, new AccessDeniedException("out/Mazur.java")));
        assertEquals("out: Read-only file system", Reporter.cause(target,
                new java.nio.file.FileSystemException("out", null, "Read-only file system")));
        assertFalse(Reporter.cause(target, new java.io.IOException("disk full")).isEmpty());
    }
}
